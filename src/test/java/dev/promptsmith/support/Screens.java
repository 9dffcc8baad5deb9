package dev.promptsmith.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Steps on the Models and Playground screens that several browser tests take. */
public final class Screens {

    private final Page page;
    private final Runnable openModels;

    Screens(Page page, Runnable openModels) {
        this.page = page;
        this.openModels = openModels;
    }

    /** Adds a model at an OpenAI-compatible base URL on the Models screen; {@code maxTokens} may be null. */
    public void addModel(String name, String model, String baseUrl, Integer maxTokens) {
        openModels.run();
        page.locator("#model-new").click();
        // New empties the form on the server: typing before that answer arrives would be wiped out
        assertThat(page.locator("#model-name input")).isFocused();
        page.locator("#model-name input").fill(name);
        page.locator("#model-model input").fill(model);
        page.locator("#model-base-url input").fill(baseUrl);
        if (maxTokens != null) {
            page.locator("#model-max-tokens input").fill(String.valueOf(maxTokens));
        }
        page.locator("#model-save").click();
        assertThat(page.locator("#model-message")).containsText("Saved " + name);
    }

    /** Picks models in the playground's model chooser. */
    public void chooseModels(String... names) {
        chooseModelsIn("playground-models", names);
    }

    /** Picks models in a model chooser (a multi-select combo box) by the start of their labels. */
    public void chooseModelsIn(String comboBoxId, String... names) {
        Locator input = page.locator("#" + comboBoxId + " input");
        for (String name : names) {
            input.click();
            input.fill(name);
            page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText(name))
                    .first().click();
        }
        page.keyboard().press("Escape");
    }
}
