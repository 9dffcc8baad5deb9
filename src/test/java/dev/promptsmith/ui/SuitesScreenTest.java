package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.promptsmith.support.BrowserTest;
import org.junit.jupiter.api.Test;

class SuitesScreenTest extends BrowserTest {

    @Test
    void listsTheExampleSuitesWithTheirTestCount() {
        open("/suites");

        Locator rows = page.locator("#suites-grid vaadin-grid-cell-content");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("invoice-to-json")).first()).isVisible();
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("log-root-cause")).first()).isVisible();
    }

    @Test
    void theSearchKeepsOnlyTheSuitesItMatches() {
        open("/suites");

        page.locator("#suite-search input").fill("TICKET CLASSIFICATION");

        Locator rows = page.locator("#suites-grid vaadin-grid-cell-content");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("Support ticket classification regression suite"))
                .first()).isVisible();
        // the grid keeps the cells of rows it no longer shows, hidden
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("invoice-to-json")).first()).isHidden();
    }

    @Test
    void aSuitePageShowsItsPromptTestCasesAndBothKindsOfModels() {
        // a hosted server (never called here): one on this machine or network would cost nothing
        screens().addModel("Mystery sim", "mystery-model", "http://mystery.invalid/v1", null);

        open("/suites/ticket-classification");

        assertThat(page.locator("#suite-title")).hasText("ticket-classification · v1");
        assertThat(page.locator("#suite-prompts")).containsText("ticket-classification");
        assertThat(page.locator("#suite-tests vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Request for a SOC 2 report is other")).first())
                .isVisible();
        assertThat(page.locator("#suite-tests vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("json-path, json-schema, icontains + 7 default"))
                .first()).isVisible();
        page.locator("#run-models input").click();
        Locator items = page.locator("vaadin-multi-select-combo-box-item");
        assertThat(items.filter(new Locator.FilterOptions().setHasText("(suite file)")).first()).isVisible();
        assertThat(items.filter(new Locator.FilterOptions().setHasText("Mystery sim (saved)"))).hasCount(1);
        page.keyboard().press("Escape");

        screens().chooseModelsIn("run-models", "Mystery sim (saved)");
        assertThat(page.locator("#run-estimate")).containsText("11 cells");
        assertThat(page.locator("#run-estimate")).containsText("price unknown for Mystery sim");
        page.locator("#run-repeats input").fill("3");
        page.locator("#run-repeats input").press("Tab");
        assertThat(page.locator("#run-estimate")).containsText("33 cells");
        assertThat(page.locator("#run-suite")).isEnabled();
    }

    @Test
    void anUnknownSuiteSaysSo() {
        open("/suites/no-such-suite");

        assertThat(page.locator("#suite-missing")).containsText("There is no suite named 'no-such-suite'");
    }
}
