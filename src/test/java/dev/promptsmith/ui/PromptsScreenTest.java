package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.promptsmith.support.BrowserTest;
import org.junit.jupiter.api.Test;

class PromptsScreenTest extends BrowserTest {

    @Test
    void listsTheExamplePromptsWithTheirVersionCount() {
        open("/");

        Locator cells = page.locator("#prompts-grid vaadin-grid-cell-content");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("invoice-to-json")).first()).isVisible();
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("log-root-cause")).first()).isVisible();
        screenshot("prompts");
        // the list holds more prompts than it shows (the library's, those other tests made): a later one is searched for
        page.locator("#prompt-search input").fill("ticket-class");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("ticket-classification")).first()).isVisible();
    }

    @Test
    void theSearchNarrowsTheList() {
        open("/");
        Locator cells = page.locator("#prompts-grid vaadin-grid-cell-content");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("invoice-to-json")).first()).isVisible();

        page.locator("#prompt-search input").fill("ticket");

        // the grid may keep a row it no longer uses in the page, hidden: what counts is that none shows
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("invoice-to-json")).first()).isHidden();
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("ticket-classification")).first()).isVisible();
    }

    @Test
    void clickingAPromptOpensItsPage() {
        open("/");

        page.locator("#prompts-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("log-root-cause")).first().click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/prompts/log-root-cause$"));
        assertThat(page.locator("#prompt-title")).isVisible();
    }

    @Test
    void theNavigationListsOnlyScreensThatWork() {
        open("/");

        Locator items = page.locator("#main-nav vaadin-side-nav-item");
        assertThat(items).hasCount(9);
        assertThat(items.nth(0)).containsText("Start");
        assertThat(items.nth(1)).containsText("Prompts");
        assertThat(items.nth(2)).containsText("Playground");
        assertThat(items.nth(3)).containsText("Generate");
        assertThat(items.nth(4)).containsText("Suites");
        assertThat(items.nth(5)).containsText("Runs");
        assertThat(items.nth(6)).containsText("Models");
        assertThat(items.nth(7)).containsText("Library");
        assertThat(items.nth(8)).containsText("Optimizations");
    }

    @Test
    void aBrokenPromptFileIsShownInTheBannerWhileTheOthersLoad() {
        open("/");

        assertThat(page.locator("#import-problems .import-error"))
                .containsText(BROKEN_PROMPT + ":3: YAML syntax");
        assertThat(page.locator("#import-problems")).containsText("1 file was not imported");
        assertThat(page.locator("#prompts-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("invoice-to-json")).first()).isVisible();
        assertThat(page.locator("#prompts-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("broken-example"))).hasCount(0);
    }
}
