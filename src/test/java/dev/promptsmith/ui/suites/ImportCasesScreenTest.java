package dev.promptsmith.ui.suites;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import dev.promptsmith.support.BrowserTest;
import dev.promptsmith.support.SuiteEditorPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ImportCasesScreenTest extends BrowserTest {

    @Test
    void casesAreUploadedOrPastedPreviewedWithTheirProblemsAndTheGoodOnesAddedToTheSuite() throws Exception {
        // given: a new suite open in its editor
        open("/suites");
        SuiteEditorPage editor = new SuiteEditorPage(page).create("import-flow", "unsampled", "echo");
        page.locator("#case-import").click();

        // when: a CSV file with a quote left open is uploaded
        page.locator("#import-cases-upload input[type=file]").setInputFiles(new FilePayload("cases.csv", "text/csv",
                "city,__expected\nParis,contains:Paris\nRome,\"contains:Rome\n".getBytes(StandardCharsets.UTF_8)));

        // then: the row before it is previewed, the problem names its line, and nothing can be added yet
        assertThat(page.locator("#import-cases-summary")).hasText("1 case, 1 problem");
        assertThat(page.locator("#import-cases-preview")).containsText("contains Paris");
        assertThat(page.locator("#import-cases-problems")).hasText("line 3: not a CSV file promptfoo reads: "
                + "a quoted value is not closed (a \" opens it and no \" closes it)");
        assertThat(page.locator("#import-cases-add")).isDisabled();
        screenshot("import-cases-upload");

        // when: JSON Lines are pasted instead, one line of them no test
        page.locator("#import-cases-text textarea").fill("{\"vars\": {\"city\": \"Oslo\"}}\n[1]\n");
        page.locator("#import-cases-text textarea").press("Tab");

        // then: read as JSON Lines
        assertThat(page.locator("#import-cases-format vaadin-radio-button[checked]")).hasText("JSON Lines");
        assertThat(page.locator("#import-cases-preview")).containsText("city=Oslo");
        assertThat(page.locator("#import-cases-problems"))
                .hasText("line 2: each line of a JSON Lines file of tests is one test (an object)");

        // when: the person chooses to add the case without problems
        page.locator("#import-cases-without-problems").click();
        page.locator("#import-cases-add").click();

        // then: the case is one of the suite's, and saved into its file
        assertThat(page.locator("#import-cases-dialog")).not().isAttached();
        assertThat(editor.cell("Oslo")).hasCount(1);
        page.locator("#suite-save").click();
        assertThat(editor.message()).hasText("Saved as version 2.");
        assertThat(Files.readString(workspaceRoot().resolve("testcases/import-flow.yaml")))
                .contains("tests:\n  - vars:\n      city: Oslo\n");
    }
}
