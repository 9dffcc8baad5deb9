package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;

/** The optimizer's form as a person fills it in, and the page of the optimization it starts. */
final class OptimizePage {

    private final Page page;

    OptimizePage(Page page) {
        this.page = page;
    }

    /**
     * On the form, with its prompt and suite chosen: the saved model {@code model} as the one target and as the
     * proposer, a budget of {@code calls} calls, started. The split preview must say {@code split}.
     *
     * @return the new optimization's id, once its page is open
     */
    long start(String model, int calls, String split) {
        choose("optimize-targets", "vaadin-multi-select-combo-box-item", model + " (saved)");
        page.keyboard().press("Escape");
        choose("optimize-proposer", "vaadin-combo-box-item", model + " (saved)");
        page.locator("#optimize-budget-calls input").fill(String.valueOf(calls));
        page.locator("#optimize-budget-calls input").press("Tab");
        assertThat(page.locator("#optimize-split")).containsText(split);
        page.locator("#optimize-start").click();
        assertThat(page).hasURL(Pattern.compile(".*/optimizations/\\d+$"));
        return Long.parseLong(page.url().replaceAll(".*/optimizations/", ""));
    }

    Locator status() {
        return page.locator("#optimization-status");
    }

    Locator progress() {
        return page.locator("#optimization-progress");
    }

    Locator stop() {
        return page.locator("#optimization-stop");
    }

    Locator resume() {
        return page.locator("#optimization-resume");
    }

    private void choose(String id, String itemTag, String label) {
        Locator input = page.locator("#" + id + " input");
        input.click();
        input.fill(label.substring(0, 4));
        page.locator(itemTag).filter(new Locator.FilterOptions().setHasText(label)).first().click();
    }
}
