package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.promptsmith.support.BrowserTest;
import dev.promptsmith.support.EditorPage;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PromptVersionsScreenTest extends BrowserTest {

    private Locator versionCell(String text) {
        return page.locator("#versions-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + text + "$")));
    }

    private void putLabel(String label) {
        page.locator("#label-name input").fill(label);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(label)).first().click();
        page.locator("#label-put").click();
    }

    @Test
    void twoVersionsAreComparedLabelledAndTheOldOneRestored() {
        // given: v1 from nothing, v2 with other words
        open("/prompts");
        EditorPage editor = new EditorPage(page).create("versions-demo", "Versions demo", null);
        editor.typeMessage(1, "Tell me about {{ question }} briefly").save("shorter").savedAs(2);

        // when
        open("/prompts/versions-demo");

        // then: the diff shows v1 to v2 word by word
        assertThat(page.locator("#diff .diff-section h4")).hasText("Messages");
        assertThat(page.locator("#diff .diff-added")).hasText(new String[] {"Tell me about ", " briefly"});
        assertThat(page.locator("#diff .diff-removed")).hasCount(0);
        assertThat(page.locator("#versions-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(System.getProperty("user.name"))).first()).isVisible();

        // when: production goes on v1, then is moved to v2
        versionCell("v1").click();
        putLabel("production");
        assertThat(page.locator("#labels")).hasText("production → v1 (protected)");
        versionCell("v2").click();
        putLabel("production");

        // then: a protected label asks first
        assertThat(page.locator("#label-confirm")).containsText("Move the protected label 'production'?");
        editor.clickButton("Move it");
        assertThat(page.locator("#labels")).hasText("production → v2 (protected)");

        // when
        versionCell("v1").click();
        page.locator("#restore-version").click();

        // then
        assertThat(versionCell("v3")).isVisible();
        assertThat(page.locator("#versions-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("restored from v1")).first()).isVisible();
        assertThat(page.locator("#messages")).containsText("{{ question }}");
        assertThat(page.locator("#messages")).not().containsText("briefly");
        screenshot("prompt-versions");
    }

    @Test
    void aPromptIsMadeFromAnotherDuplicatedAndDeleted() {
        // given: a prompt made from an example as its template
        open("/prompts");
        EditorPage editor = new EditorPage(page).create("from-template", "From a template", "Support ticket classification");
        assertThat(editor.messageText(1)).hasValue(Pattern.compile("^Classify this support ticket\\..*", Pattern.DOTALL));

        // when it is duplicated
        open("/prompts/from-template");
        page.locator("#duplicate-prompt").click();
        assertThat(page.locator("#new-prompt-name input")).hasValue("from-template-copy");
        page.locator("#new-prompt-create").click();

        // then the copy opens in the editor
        assertThat(page.locator("#editor-heading")).hasText("Edit From a template (copy)");

        // when the copy is deleted, after a confirmation
        open("/prompts/from-template-copy");
        page.locator("#delete-prompt").click();
        assertThat(page.locator("#delete-dialog")).containsText("stay for the runs that used them");
        editor.confirm();

        // then
        assertThat(page).hasURL(Pattern.compile(".*:[0-9]+/(prompts)?$"));
        page.locator("#prompt-search input").fill("from-template");
        assertThat(page.locator("#prompts-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("from-template-copy"))).hasCount(0);
        assertThat(page.locator("#prompts-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("From a template")).first()).isVisible();
        assertThat(workspaceRoot().resolve("prompts/from-template-copy.prompty")).doesNotExist();
        assertThat(workspaceRoot().resolve("prompts/from-template.prompty")).exists();
    }
}
