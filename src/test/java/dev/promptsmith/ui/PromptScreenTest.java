package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.promptsmith.support.BrowserTest;
import dev.promptsmith.suite.SuiteDocument;
import dev.promptsmith.shared.InputLimits;
import dev.promptsmith.suite.SuiteLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PromptScreenTest extends BrowserTest {

    @Test
    void showsMessagesVariablesAndThePreviewRenderedWithTheSampleValues() {
        open("/prompts/ticket-classification");

        assertThat(page.locator("#prompt-title")).hasText("Support ticket classification");
        assertThat(page.locator("#messages")).containsText("{{ subject }}");
        assertThat(page.locator("#variables .chip")).hasText(new String[] {"subject", "body"});
        Locator preview = page.locator("#preview");
        assertThat(preview).containsText("Subject: Charged twice for our May invoice");
        assertThat(preview).containsText("- feature_request");
        assertThat(preview).not().containsText("{{");
        assertThat(page.locator("#versions-grid vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText("v1")).first()).isVisible();
        screenshot("prompt");
    }

    @Test
    void listsTheTestCasesOfTheSuitesThatTestThePrompt() throws Exception {
        SuiteDocument suite = new SuiteLoader(InputLimits.configured()).load(Path.of(""),
                Path.of("testcases/invoice-to-json.yaml"), "testcases/invoice-to-json.yaml");

        open("/prompts/invoice-to-json");

        Locator cells = page.locator("#test-cases-grid vaadin-grid-cell-content");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText(suite.tests().getFirst().description())).first())
                .isVisible();
        assertThat(cells.filter(new Locator.FilterOptions().setHasText(suite.tests().getLast().description())).first())
                .isVisible();
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("invoice-to-json v1"))).hasCount(
                suite.tests().size());
    }

    @Test
    void aPreviewThatLacksAValueNamesTheVariable() {
        open("/prompts/" + UNSAMPLED_PROMPT);

        assertThat(page.locator("#preview-error"))
                .hasText("variable 'customer' is not defined (user message, line 7 of unsampled.prompty)");
        assertThat(page.locator("#variables .chip-missing")).hasText("customer");
    }

    @Test
    void thePromptCanBeTriedInThePlaygroundWithItsSampleValues() {
        open("/prompts/log-root-cause");

        page.locator("#try-in-playground").click();

        assertThat(page.locator("#playground-prompt input")).hasValue("Log root-cause summary");
        assertThat(page.locator("#playground-variables vaadin-text-area")).hasCount(2);
    }

    @Test
    void anUnknownPromptSaysSo() {
        open("/prompts/no-such-prompt");

        assertThat(page.locator("#prompt-missing")).hasText("There is no prompt named 'no-such-prompt'.");
    }
}
