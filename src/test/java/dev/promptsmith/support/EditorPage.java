package dev.promptsmith.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The prompt editor and the prompt page's version tools, as a user works them. */
public final class EditorPage {

    private final Page page;

    public EditorPage(Page page) {
        this.page = page;
    }

    /** Makes a prompt on the Prompts screen; the editor opens on it. */
    public EditorPage create(String name, String title, String startFrom) {
        page.locator("#new-prompt").click();
        page.locator("#new-prompt-name input").fill(name);
        page.locator("#new-prompt-title input").fill(title);
        if (startFrom != null) {
            page.locator("#new-prompt-template input").fill(startFrom);
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(startFrom)).first().click();
        }
        page.locator("#new-prompt-create").click();
        assertThat(page.locator("#editor-heading")).hasText("Edit " + title);
        return this;
    }

    public Locator messages() {
        return page.locator(".message-editor");
    }

    public Locator messageText(int index) {
        return messages().nth(index).locator("textarea");
    }

    public Locator messageProblems(int index) {
        return messages().nth(index).locator(".message-problems");
    }

    /** The line numbers beside a message's text. */
    public Locator gutterLines(int index) {
        return messages().nth(index).locator(".template-gutter .gutter-line");
    }

    /** The line numbers marked as holding a template error. */
    public Locator gutterErrors(int index) {
        return messages().nth(index).locator(".template-gutter .gutter-error");
    }

    /** The marked template syntax of a message's text: {@code tpl-expression}, {@code tpl-statement}, {@code tpl-comment}. */
    public Locator marks(int index, String kind) {
        return messages().nth(index).locator(".template-marks ." + kind);
    }

    public EditorPage typeMessage(int index, String text) {
        messageText(index).fill(text);
        return this;
    }

    public EditorPage sample(String variable, String value) {
        page.locator("#sample-values").getByLabel(variable).fill(value);
        return this;
    }

    public Locator variables() {
        return page.locator("#editor-variables .chip");
    }

    public Locator preview() {
        return page.locator("#preview-messages");
    }

    public Locator message() {
        return page.locator("#editor-message");
    }

    /** Saves with the button and waits for the answer. */
    public EditorPage save(String note) {
        page.locator("#save-note input").fill(note);
        page.locator("#save-prompt").click();
        return this;
    }

    public EditorPage savedAs(int version) {
        assertThat(message()).hasText("Saved as version " + version + ".");
        return this;
    }

    /** Clicks the confirming button of the open confirmation dialog. */
    public void confirm() {
        page.locator("vaadin-button[slot='confirm-button']").click();
    }

    public void clickButton(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }
}
