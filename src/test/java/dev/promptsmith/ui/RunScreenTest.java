package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.BrowserTest;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RunScreenTest extends BrowserTest {

    /** Right for the first ticket-classification case (a duplicate charge) and wrong for most others. */
    private static final String BILLING_ANSWER = "{\"category\": \"billing\", \"priority\": \"medium\", "
            + "\"summary\": \"Customer was charged twice and asks for a refund of the duplicate charge.\"}";
    /** Right for the second case (a CSV export bug) only. */
    private static final String BUG_ANSWER = "{\"category\": \"bug\", \"priority\": \"low\", "
            + "\"summary\": \"CSV export stops at 1000 rows; the Excel export works.\"}";

    @Test
    void aSuiteRunsFromItsPageAndTheMatrixFillsInAsResultsArrive() {
        // given: two priced models at the simulator that answer slowly enough to watch
        simulator().replyFor("gpt-4o-mini-suite", Reply.text(BILLING_ANSWER).firstTokenDelay(Duration.ofMillis(500)));
        simulator().replyFor("gpt-4o-mini-suite-b", Reply.text(BUG_ANSWER).firstTokenDelay(Duration.ofMillis(300)));
        screens().addModel("Suite sim", "gpt-4o-mini-suite", simulator().openAiBaseUrl(), null);
        screens().addModel("Suite sim B", "gpt-4o-mini-suite-b", simulator().openAiBaseUrl(), null);

        // when: the suite is chosen from the list, the model picked and the estimate read
        open("/suites");
        page.locator("#suite-search input").fill("ticket-class");
        assertThat(page.locator("#suites-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("invoice-to-json")).first()).isHidden();
        page.locator("#suites-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("ticket-classification")).first().click();
        assertThat(page).hasURL(Pattern.compile(".*/suites/ticket-classification$"));
        assertThat(page.locator("#suite-tests vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Duplicate card charge")).first()).isVisible();
        assertThat(page.locator("#run-suite")).isDisabled();
        screens().chooseModelsIn("run-models", "Suite sim (saved)");
        assertThat(page.locator("#run-estimate")).containsText("11 cells");
        screens().chooseModelsIn("run-models", "Suite sim B (saved)");
        assertThat(page.locator("#run-estimate")).containsText("22 cells");
        assertThat(page.locator("#run-estimate")).containsText("about $");
        page.locator("#run-concurrency input").fill("2");
        page.locator("#run-concurrency input").press("Tab");
        page.locator("#run-suite").click();

        // then: the run page follows the run until it is finished
        assertThat(page).hasURL(Pattern.compile(".*/runs/\\d+$"));
        assertThat(page.locator("#run-header")).containsText("ticket-classification");
        assertThat(page.locator("#run-matrix .matrix-cell[data-status='pending']").first()).isVisible();
        assertThat(page.locator("#run-status")).hasText("running");
        assertThat(page.locator("#run-cancel")).isVisible();
        assertThat(page.locator("#run-status")).hasText("finished", new com.microsoft.playwright.assertions
                .LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(page.locator("#run-counts")).containsText("22/22 done · 2 passed · 20 failed · 0 errors");
        assertThat(page.locator("#run-matrix .matrix-cell[data-status='pending']")).hasCount(0);
        Locator passing = page.locator("#run-matrix .matrix-cell[data-status='pass']");
        assertThat(passing).hasCount(2);
        assertThat(page.locator("#run-matrix .matrix-cell[data-model='Suite sim'][data-case='1']"))
                .hasAttribute("data-status", "pass");
        assertThat(page.locator("#run-matrix .matrix-cell[data-model='Suite sim B'][data-case='2']"))
                .hasAttribute("data-status", "pass");
        assertThat(passing.first()).hasText("1/1");
        assertThat(passing.first()).hasClass(Pattern.compile(".*cell-pass.*"));
        assertThat(page.locator("#run-matrix .matrix-cell[data-status='fail']").first()).hasClass(
                Pattern.compile(".*cell-fail.*"));
        assertThat(page.locator("#run-model-stats vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("9.1% (1/11)")).first()).isVisible();
        assertThat(page.locator("#run-mark-baseline")).isVisible();
        screenshot("run");

        // and a failing cell opens with the failing check's reason, the JSON outcome and the raw request
        page.locator("#run-matrix .matrix-cell[data-model='Suite sim'][data-case='2']").click();
        Locator dialog = page.locator("#cell-dialog");
        assertThat(dialog.locator(".repeat-head")).containsText("FAIL");
        assertThat(dialog.locator(".check-result.fail").first()).containsText("json-path");
        assertThat(dialog.locator(".check-result.fail").first()).containsText("bug");
        // the case's own check failed: it comes before the suite's passing ones, named in the line above them
        assertThat(dialog.locator(".check-summary")).hasText(Pattern.compile("^failed: .*json-path.*"));
        assertThat(dialog.locator(".check-result").first()).hasClass(Pattern.compile(".*\\bfail\\b.*"));
        assertThat(dialog.locator(".check-result").last()).hasClass(Pattern.compile(".*\\bpass\\b.*"));
        assertThat(dialog.locator(".json-outcome")).containsText("JSON: VALID");
        assertThat(dialog.locator(".repeat-output")).containsText("\"category\": \"billing\"");
        dialog.locator(".raw-request-details").click();
        assertThat(dialog.locator(".raw-request")).containsText("gpt-4o-mini-suite");
        screenshot("run-cell");
        page.locator("#cell-dialog-close").click();

        // and the finished run can become the suite's baseline
        page.locator("#run-mark-baseline").click();
        assertThat(page.locator("#run-baseline")).isVisible();
        assertThat(page.locator("#run-mark-baseline")).isDisabled();

        // when the first model changes its answer and the suite runs again, without the cache
        simulator().replyFor("gpt-4o-mini-suite", Reply.text(BUG_ANSWER).firstTokenDelay(Duration.ofMillis(100)));
        open("/suites/ticket-classification");
        screens().chooseModelsIn("run-models", "Suite sim (saved)", "Suite sim B (saved)");
        page.locator("#run-cache").click();
        page.locator("#run-suite").click();
        assertThat(page.locator("#run-status")).hasText("finished", new com.microsoft.playwright.assertions
                .LocatorAssertions.HasTextOptions().setTimeout(30_000));

        // then the comparison with the baseline lists the case that broke, and the one that got fixed
        page.locator("#run-compare-baseline").click();
        Locator regression = page.locator("#compare-regressions .regression");
        assertThat(regression).hasCount(1);
        assertThat(regression).containsText("Duplicate card charge");
        assertThat(regression).containsText("Suite sim");
        assertThat(regression).containsText("1/1 → 0/1");
        assertThat(regression).containsText("could be chance");
        assertThat(page.locator("#compare-fixes .fix")).containsText("Broken CSV export");
    }

    @Test
    void cancelStopsARunAndResumeFinishesIt() {
        // given: a slow model, one call at a time
        simulator().replyFor("gpt-4o-mini-slow", Reply.text(BILLING_ANSWER).firstTokenDelay(Duration.ofMillis(700)));
        screens().addModel("Slow sim", "gpt-4o-mini-slow", simulator().openAiBaseUrl(), null);
        open("/suites/ticket-classification");
        screens().chooseModelsIn("run-models", "Slow sim (saved)");
        page.locator("#run-concurrency input").fill("1");
        page.locator("#run-concurrency input").press("Tab");
        page.locator("#run-cache").click();
        page.locator("#run-suite").click();
        assertThat(page.locator("#run-counts")).containsText(Pattern.compile("^[1-9]\\d*/11 done"));
        assertThat(page.locator("#run-eta")).containsText(Pattern.compile("ETA \\d"));
        assertThat(page.locator("#run-cost")).containsText("cost so far $");

        // when
        page.locator("#run-cancel").click();

        // then
        assertThat(page.locator("#run-status")).hasText("cancelled");
        assertThat(page.locator("#run-cancel")).isHidden();
        assertThat(page.locator("#run-resume")).isVisible();
        assertThat(page.locator("#run-counts")).not().containsText("11/11 done");

        // when the model is quick again and the run is resumed
        simulator().replyFor("gpt-4o-mini-slow", Reply.text(BILLING_ANSWER));
        page.locator("#run-resume").click();

        // then
        assertThat(page.locator("#run-status")).hasText("finished");
        assertThat(page.locator("#run-counts")).containsText("11/11 done");
        assertThat(page.locator("#run-resume")).isHidden();
        assertThat(page.locator("#run-matrix .matrix-cell[data-status='pending']")).hasCount(0);
    }

    @Test
    void anUnknownRunSaysSo() {
        open("/runs/999999");

        assertThat(page.locator("#run-missing")).containsText("There is no run with the id '999999'");
    }
}
