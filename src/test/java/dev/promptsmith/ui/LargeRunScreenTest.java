package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.promptsmith.support.BrowserTest;
import dev.promptsmith.support.StoredRuns;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class LargeRunScreenTest extends BrowserTest {

    @Autowired
    ApplicationContext app;

    @Test
    void aRunOfTwentyThousandResultsOpensAndPagesThroughItsMatrix() {
        // given: 1,000 test cases x 4 models x 5 repeats, stored
        StoredRuns runs = new StoredRuns(app);
        long runId = runs.finishedRun(runs.suite("generated-large", 1000), 4, 5);

        // when
        long start = System.nanoTime();
        open("/runs/" + runId);

        // then: the first rows with every kind of cell (the first page of a fresh browser loads the app too)
        page.locator("#run-matrix .matrix-cell").first().waitFor();
        Duration shown = Duration.ofNanos(System.nanoTime() - start);
        assertThat(page.locator("#run-counts")).containsText("20000/20000 done · 15600 passed · 2400 failed · 2000 errors");
        Locator firstRows = page.locator("#run-matrix .matrix-cell[data-model='m2']");
        assertThat(firstRows.and(page.locator("[data-case='1']"))).hasAttribute("data-status", "pass");
        assertThat(firstRows.and(page.locator("[data-case='4']"))).hasAttribute("data-status", "fail");
        assertThat(firstRows.and(page.locator("[data-case='6']"))).hasAttribute("data-status", "flaky");
        assertThat(firstRows.and(page.locator("[data-case='6']"))).hasText("4/5");
        assertThat(firstRows.and(page.locator("[data-case='8']"))).hasAttribute("data-status", "error");
        assertThat(page.locator("#run-model-stats vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("78.0% (3900/5000)")).first()).isVisible();
        Duration opened = Duration.ofNanos(System.nanoTime() - start);

        // and the last page comes when scrolled to
        page.locator("#run-matrix").evaluate("grid => grid.scrollToIndex(999)");
        Locator lastRow = page.locator("#run-matrix .matrix-cell[data-model='m4'][data-case='1000']");
        assertThat(lastRow).hasAttribute("data-status", "pass");
        page.locator("#run-matrix").evaluate("grid => grid.scrollToIndex(500)");
        assertThat(page.locator("#run-matrix .matrix-cell[data-model='m1'][data-case='504']"))
                .hasAttribute("data-status", "fail");
        Duration paged = Duration.ofNanos(System.nanoTime() - start);

        // and a cell opens with its five repeats
        page.locator("#run-matrix .matrix-cell[data-model='m1'][data-case='506']").click();
        assertThat(page.locator("#cell-dialog .cell-repeat")).hasCount(5);
        assertThat(page.locator("#cell-dialog .cell-repeat[data-status='fail'] .check-result.fail"))
                .containsText("Expected output to contain \"billing\" but it did not");

        // and once the browser has the app, the page opens again quickly
        long again = System.nanoTime();
        open("/runs/" + runId);
        page.locator("#run-matrix .matrix-cell").first().waitFor();
        Duration reopened = Duration.ofNanos(System.nanoTime() - again);

        assertThat(opened).as("opening the page").isLessThan(Duration.ofSeconds(15));
        assertThat(paged).as("opening and paging").isLessThan(Duration.ofSeconds(20));
        assertThat(reopened).as("opening the page again").isLessThan(Duration.ofSeconds(10));
        System.out.printf("20,000 results: matrix shown in %d ms (first page of the browser), checked in %d ms, "
                + "paged in %d ms; opened again in %d ms%n", shown.toMillis(), opened.toMillis(), paged.toMillis(),
                reopened.toMillis());
    }
}
