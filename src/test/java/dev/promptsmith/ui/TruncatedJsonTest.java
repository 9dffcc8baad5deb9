package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.BrowserTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** An answer cut off at the token limit: flagged, repaired, checked, and continued on request. */
class TruncatedJsonTest extends BrowserTest {

    @Test
    void aCutOffAnswerShowsTruncatedItsRepairedJsonAndTheCheckResults() {
        // given: a model whose JSON answer is cut off after 8 tokens
        simulator().replyFor("gpt-4o-mini-cut", Reply.text("{\"category\": \"billing\", \"priority\": \"medium\", "
                + "\"summary\": \"Customer was charged twice for the May invoice.\"}"));
        screens().addModel("Sim cut", "gpt-4o-mini-cut", simulator().openAiBaseUrl(), 8);

        // when: a test case of the prompt is run on it
        open("/playground?prompt=ticket-classification");
        page.locator("#playground-case input").click();
        page.locator("vaadin-combo-box-item").first().click();
        screens().chooseModels("Sim cut");
        page.locator("#run").click();

        // then
        Locator answer = page.locator(".answer[data-model='Sim cut']");
        assertThat(answer.locator(".truncated-flag")).containsText("TRUNCATED");
        assertThat(answer.locator(".json-outcome")).hasText("JSON: TRUNCATED");
        assertThat(answer.locator(".json-fixes")).containsText("string");
        assertThat(answer.locator(".json-repaired")).containsText("\"summary\": \"Customer was charged ");
        assertThat(answer.locator(".case-verdict")).containsText("FAIL");
        assertThat(answer.locator(".check-result[data-check='not-truncated']"))
                .containsText("Expected output to be complete, but the model hit its token limit");
        // the failed checks come first, named in one line above them; the suite lists passing ones between them
        assertThat(answer.locator(".check-summary")).hasText(Pattern.compile("^failed: .*not-truncated.*"));
        assertThat(answer.locator(".check-result").nth(1)).hasClass(Pattern.compile(".*\\bfail\\b.*"));
        assertThat(answer.locator(".check-result").last()).hasClass(Pattern.compile(".*\\bpass\\b.*"));
        screenshot("truncated");

        // and continuing stitches the rest on
        simulator().enqueue("gpt-4o-mini-cut", Reply.text("twice for the May invoice.\"}"));
        answer.locator(".continue-button").click();
        assertThat(answer.locator(".json-outcome")).hasText("JSON: VALID · CONTINUED (1 call)");
        assertThat(answer.locator(".answer-json")).containsText("Customer was charged twice for the May invoice.");
    }

    @Test
    void anAnswerCutOffAfterAKeyKeepsTheKeyAsNullAndTheFixesNameIt() {
        // given: a model cut off right after the key "tags", its JSON holding an escaped lone surrogate
        simulator().replyFor("gpt-4o-mini-cut-key", Reply.text("").tokens(List.of(
                "{\"category\": \"billing\", \"mark\": \"\\ud800\", ", "\"tags\": ", "[\"refund\"]}")));
        screens().addModel("Sim cut key", "gpt-4o-mini-cut-key", simulator().openAiBaseUrl(), 2);

        // when
        open("/playground?prompt=ticket-classification");
        page.locator("#playground-case input").click();
        page.locator("vaadin-combo-box-item").first().click();
        screens().chooseModels("Sim cut key");
        page.locator("#run").click();

        // then
        Locator answer = page.locator(".answer[data-model='Sim cut key']");
        assertThat(answer.locator(".json-outcome")).hasText("JSON: TRUNCATED");
        assertThat(answer.locator(".json-fixes")).containsText("key \"tags\" was cut off before its value; kept as null");
        assertThat(answer.locator(".json-repaired")).containsText("\"tags\": null");
        assertThat(answer.locator(".json-repaired")).containsText("\"mark\": \"\\ud800\"");
    }
}
