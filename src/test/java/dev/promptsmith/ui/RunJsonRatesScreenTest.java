package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.ModelTargetStore;
import dev.promptsmith.model.ProviderKind;
import dev.promptsmith.run.RunService;
import dev.promptsmith.run.RunSettings;
import dev.promptsmith.run.store.RunStatus;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.BrowserTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A run's page gives each model's share of JSON cut off, repaired and invalid, and a cell its stored outcome. */
class RunJsonRatesScreenTest extends BrowserTest {

    private static final String ANSWER = "{\"category\": \"billing\", \"priority\": \"medium\", "
            + "\"summary\": \"Customer was charged twice and asks for a refund.\"}";

    @Autowired
    private RunService runs;
    @Autowired
    private ModelTargetStore targets;

    @Test
    void eachModelShowsHowMuchOfItsJsonWasCutOffRepairedOrInvalid() {
        // given: the same answer from two models, one of them limited to 8 tokens (the simulator cuts it there)
        simulator().replyFor("gpt-4o-mini-json-rates", Reply.text(ANSWER));
        ModelTarget cut = model("Rates cut", Map.of("max_tokens", 8));
        ModelTarget whole = model("Rates whole", Map.of());

        // when: the ticket suite (11 cases, each checked with is-json) runs on both
        long id = runs.start(runs.suite("ticket-classification").orElseThrow(), List.of(cut, whole),
                RunSettings.defaults().withCache(false));
        Instant deadline = Instant.now().plusSeconds(60);
        while (runs.summary(id).orElseThrow().running() || runs.live(id).isPresent()) {
            assertThat(Instant.now()).isBefore(deadline);
            sleep();
        }
        assertThat(runs.summary(id).orElseThrow().status()).isEqualTo(RunStatus.FINISHED);
        open("/runs/" + id);

        // then: every answer of the cut model was cut off and repaired, none of the other's
        Locator stats = page.locator("#run-model-stats vaadin-grid-cell-content");
        assertThat(stats.filter(new Locator.FilterOptions().setHasText("100.0% · 100.0% · 0.0% of 11")))
                .hasCount(1);
        assertThat(stats.filter(new Locator.FilterOptions().setHasText("0.0% · 0.0% · 0.0% of 11"))).hasCount(1);
        assertThat(page.locator("#run-json-note")).containsText("is-json");

        // and a cut cell shows the outcome stored with it: truncated, what repair did, the repaired JSON
        page.locator("#run-matrix .matrix-cell[data-model='Rates cut'][data-case='1']").click();
        Locator dialog = page.locator("#cell-dialog");
        assertThat(dialog.locator(".json-outcome")).hasText("JSON: TRUNCATED");
        assertThat(dialog.locator(".json-fixes")).containsText("cut off at the end");
        assertThat(dialog.locator(".json-repaired")).containsText("\"category\": \"billing\"");
        page.locator("#cell-dialog-close").click();
        page.locator("#run-matrix .matrix-cell[data-model='Rates whole'][data-case='1']").click();
        assertThat(dialog.locator(".json-outcome")).hasText("JSON: VALID");
        screenshot("run-json-rates");
    }

    private ModelTarget model(String name, Map<String, Object> parameters) {
        return targets.all().stream().filter(target -> target.name().equals(name)).findFirst()
                .orElseGet(() -> targets.save(new ModelTarget(null, name, ProviderKind.OPENAI, "gpt-4o-mini-json-rates",
                        simulator().openAiBaseUrl(), null, parameters)));
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
