package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.promptsmith.support.BrowserTest;
import dev.promptsmith.support.EditorPage;
import dev.promptsmith.support.SuiteEditorPage;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The whole authoring loop in the browser: a prompt from nothing, its suite, a second version, a label. */
class AuthoringFlowScreenTest extends BrowserTest {

    @Test
    void aPromptAndItsSuiteAreWrittenInTheBrowserVersionedLabelledAndFoundAgain() throws Exception {
        // given: a prompt made from nothing, with two variables
        open("/prompts");
        EditorPage prompt = new EditorPage(page).create("authoring-flow", "Authoring flow", null);
        prompt.typeMessage(1, "Greet {{ person }} from {{ city }}.");
        assertThat(prompt.variables()).hasText(new String[] {"person", "city"});
        prompt.sample("person", "Ada").sample("city", "Paris").save("two variables").savedAs(2);

        // when: a suite for it gets three cases with checks
        open("/suites");
        SuiteEditorPage suite = new SuiteEditorPage(page).create("authoring-flow-suite", "authoring-flow", "echo");
        suite.addCase().description("Ada in Paris").variable("person", "Ada").variable("city", "Paris")
                .check("contains", "Ada").ok();
        suite.addCase().description("Bo in Oslo").variable("person", "Bo").variable("city", "Oslo")
                .check("icontains", "oslo").ok();
        suite.addCase().description("Cy in Lima").variable("person", "Cy").variable("city", "Lima")
                .check("contains", "Lima").ok();
        page.locator("#suite-save").click();

        // then
        assertThat(suite.message()).hasText("Saved as version 2.");

        // when: the prompt is edited into a second version of its own
        open("/prompts/authoring-flow/edit");
        prompt.typeMessage(1, "Warmly greet {{ person }} from {{ city }}.").save("warmer").savedAs(3);
        open("/prompts/authoring-flow");

        // then: the two versions are compared, and one is labelled production
        assertThat(page.locator("#diff .diff-added").first()).containsText("Warmly");
        page.locator("#versions-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^v3$"))).click();
        page.locator("#label-name input").fill("production");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("production")).first().click();
        page.locator("#label-put").click();
        assertThat(page.locator("#labels")).hasText("production → v3 (protected)");

        // when everything is opened again
        page.reload();

        // then
        assertThat(page.locator("#labels")).hasText("production → v3 (protected)");
        open("/suites/authoring-flow-suite/edit");
        assertThat(suite.row("Ada in Paris")).hasCount(1);
        assertThat(suite.row("Bo in Oslo")).hasCount(1);
        assertThat(suite.row("Cy in Lima")).hasCount(1);
        assertThat(suite.cell("icontains 'oslo'").first()).isVisible();
        open("/suites/authoring-flow-suite");
        assertThat(page.locator("#suite-prompts")).containsText("authoring-flow");
        assertThat(Files.readString(workspaceRoot().resolve("prompts/authoring-flow.prompty")))
                .contains("Warmly greet {{ person }} from {{ city }}.");
        assertThat(Files.readString(workspaceRoot().resolve("testcases/authoring-flow-suite.yaml")))
                .contains("  - file://prompts/authoring-flow.prompty\n", "  - description: Ada in Paris\n",
                        "  - description: Bo in Oslo\n", "  - description: Cy in Lima\n", "value: oslo\n");
    }
}
