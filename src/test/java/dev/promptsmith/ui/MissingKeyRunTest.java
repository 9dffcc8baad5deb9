package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.promptsmith.simulator.LlmSimulator;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A model at a URL that has no key of its own gets none: the run says "no API key for URL",
 * shows where each model's calls went, and offers to enter a key for that URL, which the next
 * run then sends there.
 */
class MissingKeyRunTest extends BrowserTest {

    private static final String KEY = "sk-for-elsewhere-only-777000777";

    private LlmSimulator elsewhere;

    @BeforeEach
    void startServerThatWantsAKey() {
        elsewhere = LlmSimulator.start();
        elsewhere.reply(Reply.fromRequest(request -> request.header("authorization") == null
                ? Reply.error(401, "Missing bearer token")
                : Reply.text("{\"category\": \"billing\", \"priority\": \"medium\", \"summary\": \"charged twice\"}")));
    }

    @AfterEach
    void stopServer() {
        elsewhere.close();
    }

    @Test
    void aRunWithoutAKeyForAModelsUrlSaysSoAndOffersToEnterOne() {
        // given: a model saved at a server that wants a key, with none entered for its URL
        screens().addModel("Keyless elsewhere", "gpt-4o-mini-keyless", elsewhere.openAiBaseUrl(), null);

        // when: the suite runs on it
        runTicketSuiteOn("Keyless elsewhere (saved)");

        // then: every cell failed for want of a key, the page shows where the calls went ...
        assertThat(page.locator("#run-counts")).containsText("11 errors");
        assertThat(page.locator("#run-model-urls")).containsText("Keyless elsewhere · openai:chat:gpt-4o-mini-keyless · "
                + elsewhere.openAiBaseUrl());
        page.locator("#run-matrix .matrix-cell[data-model='Keyless elsewhere'][data-case='1']").click();
        Locator error = page.locator("#cell-dialog .repeat-error");
        assertThat(error).containsText("no API key for " + elsewhere.openAiBaseUrl());
        // ... and offers to enter a key for that URL
        error.locator(".enter-key-link").click();
        assertThat(page).hasURL(Pattern.compile(".*/models\\?new=.*"));
        assertThat(page.locator("#model-base-url input")).hasValue(elsewhere.openAiBaseUrl());
        assertThat(page.locator("#model-name input")).hasValue("Keyless elsewhere");
        page.locator("#model-api-key input").fill(KEY);
        page.locator("#model-save").click();
        assertThat(page.locator("#model-message")).containsText("Saved Keyless elsewhere");

        // when: the suite runs again
        elsewhere.clearRecords();
        runTicketSuiteOn("Keyless elsewhere (saved)");

        // then: the key went to that URL, and nothing failed for want of it
        assertThat(page.locator("#run-counts")).containsText("0 errors");
        assertThat(elsewhere.requests()).hasSize(11)
                .allSatisfy(request -> assertThat(request.header("authorization")).isEqualTo("Bearer " + KEY));
        assertThat(page.content()).doesNotContain(KEY);
    }

    private void runTicketSuiteOn(String model) {
        open("/suites/ticket-classification");
        screens().chooseModelsIn("run-models", model);
        page.locator("#run-suite").click();
        assertThat(page).hasURL(Pattern.compile(".*/runs/\\d+$"));
        assertThat(page.locator("#run-status")).hasText("finished",
                new LocatorAssertions.HasTextOptions().setTimeout(30_000));
    }
}
