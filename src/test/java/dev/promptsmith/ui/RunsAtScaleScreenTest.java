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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The Runs and Compare screens with two runs of 20,900 results each. */
class RunsAtScaleScreenTest extends BrowserTest {

    private static final String SUITE = "ticket-classification";
    private static final int MODELS = 100;
    private static final int REPEATS = 19;

    @Autowired
    private RunService runs;
    @Autowired
    private ModelTargetStore targets;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void historyAndComparisonWorkAt20000ResultsARun() {
        // given: two runs of the whole suite (11 cases) on 100 models, 19 repeats each: 20,900 results a run
        long before = grow(runOnce(), "mod(m.x + rep.x, 7) <> 0");
        long after = grow(runOnce(), "mod(m.x * 3 + rep.x, 5) <> 0 and not (m.x < 10 and r.test_case_id = "
                + firstCase() + ")");
        assertThat(runs.summary(after).orElseThrow().done()).isEqualTo(11 * MODELS * REPEATS);

        // when
        open("/runs?suite=" + SUITE);
        assertThat(page.locator("#runs-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^#" + after + "$")))).isVisible();
        assertThat(page.locator("#pass-rate-chart circle.point[data-run='" + after + "']")).hasCount(1);

        open("/compare?base=" + before + "&run=" + after);
        assertThat(page.locator("#compare-regressions .regression").first()).isVisible();
        assertThat(page.locator("#compare-cases")).isVisible();

        // then: the lists are capped, the regressions of the first case on ten models are significant
        assertThat(page.locator("#compare-regressions .regression")).not().hasCount(0);
        assertThat(page.locator("#compare-regressions .regression.significant").first())
                .containsText("Duplicate card charge");
        assertThat(page.locator("#compare-regressions .change").count()).isLessThanOrEqualTo(100);

        // and the grid pages through every case (how fast: see the UI speed benchmark, not a test)
        page.locator("#compare-cases").evaluate("grid => grid.scrollToIndex(1000)");
        assertThat(page.locator("#compare-cases vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("model 9")).first()).isAttached();
    }

    /** A real run of the suite's eleven cases once on the simulator. */
    private long runOnce() {
        simulator().replyFor("gpt-4o-mini-scale", Reply.text("{\"category\": \"billing\", \"priority\": \"medium\", "
                + "\"summary\": \"Customer was charged twice and asks for a refund.\"}").usage(900, 40));
        long id = runs.start(runs.suite(SUITE).orElseThrow(), List.of(model()),
                RunSettings.defaults().withCache(false));
        Instant deadline = Instant.now().plusSeconds(60);
        while (runs.summary(id).orElseThrow().running() || runs.live(id).isPresent()) {
            assertThat(Instant.now()).isBefore(deadline);
            sleep();
        }
        assertThat(runs.summary(id).orElseThrow().status()).isEqualTo(RunStatus.FINISHED);
        return id;
    }

    /** Copies the run's results onto 99 more models and 18 more repeats; {@code passed} decides which pass. */
    private long grow(long runId, String passed) {
        jdbc.sql("""
                        insert into run_model (run_id, position, name, target)
                        select m.run_id, x.x, 'model ' || x.x, m.target
                        from run_model m cross join system_range(1, :last) x
                        where m.run_id = :run and m.position = 0""")
                .param("run", runId).param("last", MODELS - 1).update();
        jdbc.sql("""
                        insert into run_result (run_id, prompt_position, test_case_id, model_position, repeat_index,
                            request_hash, output, finish_reason, tokens_in, tokens_out, latency_ms, cost_usd, error,
                            error_kind, attempts, cached, passed, score, created_at)
                        select r.run_id, r.prompt_position, r.test_case_id, m.x, rep.x, r.request_hash, r.output,
                            r.finish_reason, r.tokens_in, r.tokens_out, r.latency_ms + mod(m.x * rep.x, 97), r.cost_usd,
                            null, null, 1, false, %s, case when %s then 1.0 else 0.25 end, r.created_at
                        from run_result r cross join system_range(0, :models) m cross join system_range(0, :repeats) rep
                        where r.run_id = :run and not (m.x = 0 and rep.x = 0)""".formatted(passed, passed))
                .param("run", runId).param("models", MODELS - 1).param("repeats", REPEATS - 1).update();
        jdbc.sql("update run_result set passed = " + passed.replace("m.x", "model_position").replace("rep.x", "repeat_index")
                        .replace("r.test_case_id", "test_case_id") + " where run_id = :run and model_position = 0 "
                        + "and repeat_index = 0")
                .param("run", runId).update();
        return runId;
    }

    private long firstCase() {
        return runs.suite(SUITE).orElseThrow().tests().getFirst().id();
    }

    private ModelTarget model() {
        return targets.all().stream().filter(target -> target.name().equals("Scale sim")).findFirst()
                .orElseGet(() -> targets.save(new ModelTarget(null, "Scale sim", ProviderKind.OPENAI,
                        "gpt-4o-mini-scale", simulator().openAiBaseUrl(), null, Map.of())));
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
