package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.ModelTargetStore;
import dev.promptsmith.model.PriceTable;
import dev.promptsmith.model.ProviderKind;
import dev.promptsmith.run.RunService;
import dev.promptsmith.run.RunSettings;
import dev.promptsmith.run.store.RunStatus;
import dev.promptsmith.run.store.RunSummary;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.BrowserTest;
import dev.promptsmith.support.StoredRuns;
import dev.promptsmith.suite.SuiteVersion;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import dev.promptsmith.suite.results.SuiteResults;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

class RunsScreenTest extends BrowserTest {

    private static final String TICKETS = "ticket-classification";
    /** Priced like gpt-4o-mini (longest prefix), so the suite's cost check can pass. */
    private static final String MODEL = "gpt-4o-mini-runs-screen";
    /** Passes the first ticket case (a duplicate charge is billing) and fails the second (a bug). */
    private static final String BILLING = "{\"category\": \"billing\", \"priority\": \"medium\", \"summary\": "
            + "\"Customer was charged twice and asks for a refund; CSV export stops at 1000 rows.\"}";
    /** The other way round: the first case regresses, the second is fixed. */
    private static final String BUG = BILLING.replace("billing", "bug");

    @Autowired
    private RunService runs;
    @Autowired
    private SuiteResults results;
    @Autowired
    private ModelTargetStore targets;
    @Autowired
    private PriceTable prices;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ApplicationContext context;

    @Test
    void listsRunsMarksABaselineComparesAndCharts() {
        // given: the same two ticket cases run five times each, before and after a change of answers
        long before = run(TICKETS, 2, 5, BILLING);
        long after = run(TICKETS, 2, 5, BUG);

        // when
        open("/runs?suite=" + TICKETS);

        // then: the history lists both with their pass rates
        assertThat(runCell(before)).isVisible();
        assertThat(runCell(after)).isVisible();
        assertThat(page.locator("#runs-grid vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText("50.0%"))).not().hasCount(0);
        assertThat(page.locator("#runs-count")).containsText(runs.count(TICKETS) + " run");

        // and the chart has a point per run of the suite
        long withResults = runs.history(TICKETS, 0, 60).stream().filter(run -> run.done() > 0).count();
        assertThat(page.locator("#pass-rate-chart circle.point")).hasCount((int) withResults);
        assertThat(page.locator("#pass-rate-chart circle.point[data-run='" + after + "'] title"))
                .containsText("50.0% passed (5/10)");

        // when: the first run is made the baseline
        select(before);
        page.locator("#runs-mark-baseline").click();

        // then
        assertThat(page.locator("#runs-message")).containsText("Run #" + before + " is now the baseline of " + TICKETS);
        assertThat(page.locator("#runs-grid .baseline-marker")).hasCount(1);
        assertThat(page.locator("#runs-grid .baseline-marker")).containsText("baseline");
        assertThat(results.baseline(TICKETS)).contains(before);
        assertThat(page.locator("#pass-rate-chart circle.point.baseline[data-run='" + before + "']")).hasCount(1);
        screenshot("runs");

        // when: the two runs are compared
        select(before);
        select(after);
        page.locator("#runs-compare").click();

        // then: the regression is listed and called significant, the fix too
        assertThat(page).hasURL(Pattern.compile(".*/compare\\?.*base=" + before + ".*"));
        Locator regression = page.locator("#compare-regressions .regression");
        assertThat(regression).hasCount(1);
        assertThat(regression).containsText("Duplicate card charge");
        assertThat(regression).containsText("Runs screen sim");
        assertThat(regression).containsText("5/5 → 0/5");
        assertThat(regression).hasClass(Pattern.compile("(^|.* )significant( .*|$)"));
        assertThat(regression.locator(".change-verdict")).hasText("significant (p = 0.008, Fisher's exact test)");
        assertThat(page.locator("#compare-header")).containsText("Baseline #" + before);
        assertThat(page.locator("#compare-fixes .fix")).containsText("Broken CSV export");
        assertThat(page.locator("#compare-totals")).containsText("50.0%");
        assertThat(page.locator("#compare-cases vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText("regression")).first()).isVisible();
        screenshot("compare");

        // when: the regression's outputs are opened
        regression.locator(".change-outputs").click();

        // then: both runs' outputs of the case, side by side, with why the later ones failed
        Locator dialog = page.locator("#case-outputs-dialog");
        assertThat(page.locator("#outputs-before")).containsText("Baseline #" + before + " (5/5 passed)");
        assertThat(page.locator("#outputs-before .repeat-output")).hasCount(5);
        assertThat(page.locator("#outputs-after")).containsText("Run #" + after + " (0/5 passed)");
        assertThat(page.locator("#outputs-after .repeat-output")).hasCount(5);
        assertThat(page.locator("#outputs-after .repeat-reason").first()).isVisible();
        assertThat(page.locator("#outputs-before .repeat-reason")).hasCount(0);
        page.locator("#case-outputs-close").click();
        assertThat(dialog).hasCount(0);

        // and every case of the grid opens its outputs too: here the fix as well as the regression
        Locator caseOutputs = page.locator("#compare-cases .case-outputs-button");
        assertThat(caseOutputs).hasCount(2);
        List<String> afterSides = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            caseOutputs.nth(i).click();
            assertThat(page.locator("#outputs-before .repeat-output")).hasCount(5);
            afterSides.add(page.locator("#outputs-after h4").textContent());
            page.locator("#case-outputs-close").click();
            assertThat(dialog).hasCount(0);
        }
        org.assertj.core.api.Assertions.assertThat(afterSides).containsExactlyInAnyOrder(
                "Run #" + after + " (0/5 passed)", "Run #" + after + " (5/5 passed)");
    }

    @Test
    void casesInOnlyOneOfTheComparedRunsAreNamed() {
        // given: a suite of two cases run on two models, then on one
        StoredRuns stored = new StoredRuns(context);
        SuiteVersion suite = stored.suite("only-in-one", 2);
        long twoModels = stored.finishedRun(suite, 2, 1);
        long oneModel = stored.finishedRun(suite, 1, 1);

        // when
        open("/compare?base=" + twoModels + "&run=" + oneModel);

        // then: the cases of the second model are named as only in the baseline
        Locator only = page.locator("#compare-only");
        assertThat(page.locator("#compare-header")).containsText("A #" + twoModels);
        assertThat(page.locator("#compare-header")).containsText("B #" + oneModel);
        assertThat(only).containsText("2 cases only in A, 0 only in B");
        assertThat(only.locator(".only-baseline li")).hasText(new String[] {
                "generated case 1 [m2]", "generated case 2 [m2]"});
        assertThat(only.locator(".only-candidate li")).hasCount(0);
    }

    @Test
    void oneFailedSampleIsNotCalledASignificantRegression() {
        long before = run(TICKETS, 1, 1, BILLING);
        long after = run(TICKETS, 1, 1, BUG);

        open("/compare?base=" + before + "&run=" + after);

        Locator regression = page.locator("#compare-regressions .regression");
        assertThat(regression).hasCount(1);
        assertThat(regression).containsText("1/1 → 0/1");
        assertThat(regression.locator(".change-verdict")).hasText("could be chance (p = 1.00, Fisher's exact test)");
        assertThat(page.locator("#compare-regressions .regression.significant")).hasCount(0);
        assertThat(page.locator("#compare-verdict")).not().hasClass(Pattern.compile("(^|.* )significant( .*|$)"));
        assertThat(page.locator("#compare-verdict")).hasText("The pass rate is lower (100.0% → 0.0%, -100.0 pp), but not "
                + "significantly: it could be chance (p = 1.00, Fisher's exact test).");
    }

    @Test
    void runsOfDifferentSuiteVersionsAreSaidToBeSo() {
        StoredRuns stored = new StoredRuns(context);
        long first = stored.finishedRun(stored.suite("two-versions", 2), 1, 1);
        long second = stored.finishedRun(stored.suite("two-versions", 3), 1, 1);

        open("/compare?base=" + first + "&run=" + second);

        assertThat(page.locator(".compare-warning")).containsText("A ran version 1 of two-versions, B version 2: its "
                + "prompts or tests changed between the runs");
        assertThat(page.locator("#compare-only")).containsText("0 cases only in A, 1 only in B");
    }

    @Test
    void theHistoryNamesEachRunsModelsAndItsChartLinksToRunsAndMarksNewSuiteVersions() {
        // given: a run of version 1 on one model, then two of version 2 on two models
        StoredRuns stored = new StoredRuns(context);
        long first = stored.finishedRun(stored.suite("chart-versions", 1), 1, 1);
        long second = stored.finishedRun(stored.suite("chart-versions", 2), 2, 1);
        long third = stored.finishedRun(stored.suite("chart-versions", 2), 2, 1);

        // when
        open("/runs?suite=chart-versions");

        // then: the models of each run are listed
        assertThat(page.locator("#runs-grid vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(Pattern.compile("^m1, m2$")))).hasCount(2);
        // and the point where the suite changed is marked, the others not
        assertThat(page.locator("#pass-rate-chart circle.point[data-run='" + third + "']")).hasCount(1);
        assertThat(page.locator("#pass-rate-chart circle.point.version-change")).hasCount(1);
        assertThat(page.locator("#pass-rate-chart circle.point.version-change"))
                .hasAttribute("data-run", String.valueOf(second));
        assertThat(page.locator("#pass-rate-chart .version-label")).hasText("v2");
        // and the chart takes the page's width
        double chartWidth = page.locator("#pass-rate-chart svg").boundingBox().width;
        double gridWidth = page.locator("#runs-grid").boundingBox().width;
        assertThat(chartWidth).isGreaterThan(gridWidth * 0.9);
        screenshot("runs-models-and-versions");

        // when: a point is clicked
        page.locator("#pass-rate-chart circle.point[data-run='" + first + "']").click();

        // then
        assertThat(page).hasURL(Pattern.compile(".*/runs/" + first + "$"));
    }

    @Test
    void comparingWithTheBaselineStartsFromOneRun() {
        long baseline = run(TICKETS, 1, 1, BILLING);
        long later = run(TICKETS, 1, 1, BUG);
        results.markBaseline(baseline);

        open("/runs?suite=" + TICKETS);
        select(later);
        page.locator("#runs-compare-baseline").click();

        assertThat(page).hasURL(Pattern.compile(".*/compare\\?.*"));
        assertThat(page.locator("#compare-header")).containsText("Baseline #" + baseline);
        assertThat(page.locator("#compare-header")).containsText("Run #" + later);
    }

    @Test
    void clickingARunOpensItsPage() {
        long id = run(TICKETS, 1, 1, BILLING);

        open("/runs?suite=" + TICKETS);
        runCell(id).click();

        assertThat(page).hasURL(Pattern.compile(".*/runs/" + id + "$"));
    }

    @Test
    void anInterruptedRunSaysClearlyThatItCanBeResumed() {
        // given: a run whose process went away (as the store marks it on the next start)
        long id = run(TICKETS, 1, 1, BILLING);
        jdbc.sql("update run set status = :status where id = :id")
                .param("status", RunStatus.INTERRUPTED).param("id", id).update();

        // when
        open("/runs?suite=" + TICKETS);
        select(id);

        // then
        assertThat(page.locator("#runs-grid .run-status.status-interrupted").first())
                .hasText("interrupted (can be resumed)");
        assertThat(page.locator("#runs-mark-baseline")).isDisabled();
    }

    @Test
    void theHistoryPagesThroughManyRuns() {
        // given: more runs than one page of the grid holds
        simulator().replyFor(MODEL, Reply.text("{}").usage(100, 2));
        SuiteVersion suite = subset("invoice-to-json", 1);
        List<Long> ids = new ArrayList<>();
        for (int batch = 0; batch < 12; batch++) {
            List<Long> started = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                started.add(runs.start(suite, List.of(model()), RunSettings.defaults().withCache(false)));
            }
            started.forEach(RunsScreenTest.this::await);
            ids.addAll(started);
        }
        int total = runs.count("invoice-to-json");

        // when
        open("/runs?suite=invoice-to-json");

        // then: the newest is on top, and only a window of rows is in the page
        assertThat(page.locator("#runs-count")).hasText(total + " runs");
        assertThat(runCell(ids.getLast())).isVisible();
        assertThat(runCell(ids.getFirst())).hasCount(0);
        assertThat(page.locator("#pass-rate-chart circle.point")).hasCount(60);

        // when: scrolled to the end
        page.locator("#runs-grid").evaluate("(grid, last) => grid.scrollToIndex(last)", total - 1);

        // then: the oldest comes into view
        assertThat(runCell(ids.getFirst())).isVisible();
    }

    private Locator runCell(long id) {
        return page.locator("#runs-grid vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(Pattern.compile("^#" + id + "$")));
    }

    /** Ticks the run's box in the grid's selection column. */
    private void select(long id) {
        assertThat(runCell(id)).isVisible();
        page.evaluate("""
                text => {
                  const cell = [...document.querySelectorAll('#runs-grid vaadin-grid-cell-content')]
                      .find(c => c.textContent.trim() === text);
                  const row = cell.assignedSlot.parentElement.parentElement;
                  const first = row.querySelector('slot').assignedElements()[0];
                  first.querySelector('vaadin-checkbox').click();
                }""", "#" + id);
    }

    /** Runs the first {@code tests} cases of a suite {@code repeats} times on the simulator; waits for the end. */
    @Test
    void aPromptsPageShowsHowEachVersionDidInItsLatestRun() {
        long id = run(TICKETS, 2, 1, BILLING);

        open("/prompts/ticket-classification");

        Locator rate = page.locator("#versions-grid .version-pass-rate").first();
        assertThat(rate).hasText(Pattern.compile("\\d+\\.\\d% of 2 · " + TICKETS + " #" + id));
        rate.click();
        assertThat(page).hasURL(Pattern.compile(".*/runs/" + id));
    }

    @Test
    void aRunOfAModelWithoutAPriceCostsUnknownNotNothing() {
        simulator().replyFor("zz-unpriced", Reply.text(BILLING).usage(900, 40));
        // a hosted service's wire: an OpenAI-compatible server on this machine would cost nothing
        ModelTarget unpriced = targets.save(new ModelTarget(null, "Unpriced sim", ProviderKind.OPENAI_RESPONSES,
                "zz-unpriced", simulator().openAiBaseUrl(), null, Map.of()));
        long id = runs.start(subset(TICKETS, 1), List.of(unpriced), RunSettings.defaults().withCache(false));
        await(id);

        open("/runs/" + id);

        // the run's cost is unknown, and the suite's cost check makes the cell an error that says why
        assertThat(page.locator("#run-cost")).hasText("cost unknown");
        org.assertj.core.api.Assertions.assertThat(runs.caseResults(id, "ticket-classification", 0, "Unpriced sim"))
                .singleElement().satisfies(result -> org.assertj.core.api.Assertions.assertThat(result.error())
                        .startsWith("cost: price unknown: Unpriced sim"));

        // when: its price is added, the run is priced from its stored tokens, without running again
        prices.set("zz-unpriced", new PriceTable.Price(new BigDecimal("1"), new BigDecimal("2")));
        open("/runs/" + id);

        // then: 900 tokens in at $1 and 40 out at $2 per million, on the page and in the cell
        assertThat(page.locator("#run-cost")).hasText("cost $0.00098");
        page.locator("#run-matrix .matrix-cell[data-model='Unpriced sim']").first().click();
        assertThat(page.locator("#cell-dialog .repeat-numbers")).containsText("$0.00098");
        page.locator("#cell-dialog-close").click();
    }

    private long run(String suiteName, int tests, int repeats, String answer) {
        simulator().replyFor(MODEL, Reply.text(answer).usage(900, 40));
        long id = runs.start(subset(suiteName, tests), List.of(model()),
                RunSettings.defaults().withRepeats(repeats).withCache(false));
        await(id);
        return id;
    }

    private SuiteVersion subset(String suiteName, int tests) {
        SuiteVersion suite = runs.suite(suiteName).orElseThrow();
        return new SuiteVersion(suite.id(), suite.suiteName(), suite.number(), suite.promptIds(), suite.promptLabels(),
                suite.providers(),
                suite.defaultTest(), suite.options(), suite.tests().subList(0, tests));
    }

    private ModelTarget model() {
        return targets.all().stream().filter(target -> target.name().equals("Runs screen sim")).findFirst()
                .orElseGet(() -> targets.save(new ModelTarget(null, "Runs screen sim", ProviderKind.OPENAI, MODEL,
                        simulator().openAiBaseUrl(), null, Map.of())));
    }

    private void await(long id) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            RunSummary run = runs.summary(id).orElseThrow();
            if (!run.running() && runs.live(id).isEmpty()) {
                assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
                return;
            }
            assertThat(Instant.now()).as("run %d did not finish in time", id).isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
