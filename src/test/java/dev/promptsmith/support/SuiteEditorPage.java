package dev.promptsmith.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;

/** The suite editor ({@code suites/NAME/edit}) as a user works it. */
public final class SuiteEditorPage {

    private final Page page;

    public SuiteEditorPage(Page page) {
        this.page = page;
    }

    /** Makes a suite on the Suites screen; the editor opens on it. */
    public SuiteEditorPage create(String name, String prompt, String model) {
        page.locator("#new-suite").click();
        page.locator("#new-suite-name input").fill(name);
        choose("new-suite-prompts", prompt);
        choose("new-suite-providers", model);
        page.locator("#new-suite-create").click();
        assertThat(page.locator("#suite-editor-title")).hasText("Edit suite " + name);
        return this;
    }

    /** The row of the cases grid that shows {@code description}. */
    public Locator row(String description) {
        return page.locator("#cases-grid .case-row").filter(new Locator.FilterOptions().setHasText(description));
    }

    public Locator cell(String text) {
        return page.locator("#cases-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text));
    }

    public SuiteEditorPage tick(String description) {
        row(description).first().locator(".case-tick").click();
        return this;
    }

    /** Opens the form of a new case. */
    public SuiteEditorPage addCase() {
        page.locator("#case-add").click();
        assertThat(page.locator("#case-ok")).isVisible();
        return this;
    }

    public SuiteEditorPage edit(String description) {
        row(description).first().locator(".case-edit").click();
        assertThat(page.locator("#case-ok")).isVisible();
        return this;
    }

    public SuiteEditorPage description(String text) {
        page.locator("#case-description input").fill(text);
        return this;
    }

    public SuiteEditorPage variable(String name, String value) {
        page.locator("#case-variables").getByLabel(name, new Locator.GetByLabelOptions().setExact(true)).fill(value);
        return this;
    }

    public SuiteEditorPage newVariable(String name, String value) {
        page.locator("#case-new-variable input").fill(name);
        page.locator("#case-add-variable").click();
        return variable(name, value);
    }

    /** Adds a check to the open case form. */
    public SuiteEditorPage check(String type, String value) {
        page.locator("#case-add-check").click();
        fillCheck(page.locator("#case-dialog .case-check").last(), type, value);
        return this;
    }

    public void fillCheck(Locator editor, String type, String value) {
        editor.locator("#check-type input").fill(type);
        // an item reads "contains  ·  Text": the type, then its group; the pattern runs as a JavaScript regex
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("(^|[^\\w-])" + type + "[^\\w-]"))).first().click();
        editor.locator("#check-value textarea").fill(value);
    }

    public SuiteEditorPage ok() {
        page.locator("#case-ok").click();
        assertThat(page.locator("#case-ok")).isHidden();
        return this;
    }

    /** Clicks the confirming button of the open confirmation dialog. */
    public void confirm() {
        page.locator("vaadin-button[slot='confirm-button']").click();
    }

    public Locator message() {
        return page.locator("#suite-message");
    }

    private void choose(String comboBoxId, String item) {
        Locator input = page.locator("#" + comboBoxId + " input");
        input.click();
        input.fill(item);
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText(item))
                .first().click();
        page.keyboard().press("Escape");
    }
}
