package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.promptsmith.support.BrowserTest;
import dev.promptsmith.support.EditorPage;
import dev.promptsmith.support.SuiteEditorPage;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class SuiteEditorScreenTest extends BrowserTest {

    @Test
    void aSuiteIsMadeItsCasesEditedAndSavedToItsFileAndAStaleSaveIsRefused() throws Exception {
        // given: a prompt with one variable, and a new suite for it
        open("/prompts");
        new EditorPage(page).create("suite-flow-greeting", "Suite flow greeting", null)
                .typeMessage(1, "Greet {{ person }}.").save("one variable").savedAs(2);
        open("/suites");
        SuiteEditorPage editor = new SuiteEditorPage(page).create("editor-flow", "suite-flow-greeting", "echo");

        // when: a case with two variables (one new) and a check is added, then edited
        editor.addCase().description("Paris case").variable("person", "Ada").newVariable("city", "Paris")
                .check("contains", "Paris").ok();
        assertThat(editor.cell("contains 'Paris'").first()).isVisible();
        assertThat(page.locator("#suite-dirty")).hasText("Unsaved changes (from version 1)");
        editor.edit("Paris case").description("Paris greeting").ok();
        assertThat(editor.row("Paris greeting")).hasCount(1);

        // when: it is duplicated, and the copy deleted
        editor.tick("Paris greeting");
        page.locator("#case-duplicate").click();
        assertThat(editor.row("Paris greeting (copy)")).hasCount(1);
        editor.tick("Paris greeting (copy)");
        page.locator("#case-delete").click();
        editor.confirm();
        assertThat(editor.row("Paris greeting (copy)")).hasCount(0);
        assertThat(editor.row("Paris greeting")).hasCount(1);

        // when: a second case is added and both get a check at once
        editor.addCase().description("Rome case").variable("person", "Luca").variable("city", "Rome").ok();
        editor.tick("Paris greeting").tick("Rome case");
        page.locator("#case-bulk").click();
        editor.fillCheck(page.locator("#bulk-dialog"), "icontains", "greet");
        page.locator("#bulk-add-check").click();
        assertThat(editor.cell("contains 'Paris' · icontains 'greet'").first()).isVisible();
        assertThat(editor.cell("icontains 'greet'")).hasCount(2);

        // when: the cases are searched
        page.locator("#case-search input").fill("rome");
        assertThat(page.locator("#case-count")).hasText("1 of 2 cases");
        page.locator("#case-search input").fill("");
        assertThat(page.locator("#case-count")).hasText("2 of 2 cases");

        // when: the defaults get a variable, and the suite is saved with Ctrl+S
        page.locator("#defaults-edit").click();
        editor.newVariable("tone", "warm").ok();
        assertThat(page.locator("#defaults-summary")).containsText("tone = warm");
        page.locator("#case-search input").press("Control+s");

        // then
        assertThat(editor.message()).hasText("Saved as version 2.");
        assertThat(page.locator("#suite-dirty")).hasText("Version 2");
        String file = Files.readString(workspaceRoot().resolve("testcases/editor-flow.yaml"));
        assertThat(file).contains("  - file://prompts/suite-flow-greeting.prompty\n", "  - echo\n",
                "  - description: Paris greeting\n    vars:\n      person: Ada\n      city: Paris\n",
                "      - type: contains\n        value: Paris\n", "      - type: icontains\n        value: greet\n",
                "  - description: Rome case\n", "defaultTest:\n  vars:\n    tone: warm\n").doesNotContain("(copy)");

        // when the page is opened again
        page.reload();

        // then
        assertThat(editor.row("Paris greeting")).hasCount(1);
        assertThat(editor.row("Rome case")).hasCount(1);
        assertThat(editor.cell("contains 'Paris' · icontains 'greet'").first()).isVisible();
        assertThat(page.locator("#defaults-summary")).containsText("tone = warm");
        assertThat(page.locator("#suite-dirty")).hasText("Version 2");

        // when: a second tab edits version 2 while the first saves version 3
        Page second = page.context().newPage();
        second.navigate(page.url());
        SuiteEditorPage other = new SuiteEditorPage(second);
        other.addCase().description("Second tab case").variable("person", "Bo").ok();
        editor.addCase().description("First tab case").variable("person", "Al").ok();
        page.locator("#suite-save").click();
        assertThat(editor.message()).hasText("Saved as version 3.");
        second.locator("#suite-save").click();

        // then
        assertThat(other.message()).hasText("Not saved: version 3 of the suite was stored (saved in another tab, or "
                + "testcases/editor-flow.yaml changed on disk) after you opened version 2. Your edits are still here: "
                + "reload to see the new version, then make them again.");
        assertThat(other.row("Second tab case")).hasCount(1);
        assertThat(second.locator("#suite-reload")).isVisible();
        assertThat(Files.readString(workspaceRoot().resolve("testcases/editor-flow.yaml")))
                .contains("First tab case").doesNotContain("Second tab case");
        screenshot("suite-editor");
    }
}
