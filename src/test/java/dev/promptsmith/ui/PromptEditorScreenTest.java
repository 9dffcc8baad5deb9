package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.promptsmith.support.BrowserTest;
import dev.promptsmith.support.EditorPage;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PromptEditorScreenTest extends BrowserTest {

    @Test
    void aPromptMadeFromNothingIsEditedPreviewedAndSaved() throws Exception {
        // given
        open("/prompts");
        EditorPage editor = new EditorPage(page).create("editor-greeting", "Editor greeting", null);
        assertThat(editor.messages()).hasCount(2);

        // when: two variables are typed and given sample values
        editor.typeMessage(1, "Greet {{ person }} from {{ city }}.");
        assertThat(editor.variables()).hasText(new String[] {"person", "city"});
        editor.sample("person", "Ada").sample("city", "Paris");

        // then
        assertThat(editor.preview()).containsText("Greet Ada from Paris.");
        assertThat(page.locator("#token-counts .token-count").first()).hasText(Pattern.compile("^.+: ~?\\d+ tokens.* · "
                + "(price unknown|input \\$[0-9.E-]+, at most \\$[0-9.E-]+ with \\d+ output tokens)$"));

        // when: a Jinja syntax error is typed, then fixed
        editor.typeMessage(0, "You are brief.\nAnswer {% if person %}kindly");
        assertThat(editor.messageProblems(0)).containsText("line 2, column 8: ");
        assertThat(editor.messageProblems(0)).containsText("endif");
        editor.typeMessage(0, "You are brief.\nAnswer {% if person %}kindly{% endif %}");
        assertThat(editor.messageProblems(0)).isHidden();

        // when: an assistant message is added, moved up and the parameters set
        page.locator("#add-assistant").click();
        editor.typeMessage(2, "Hello!");
        editor.messages().nth(2).locator(".message-up").click();
        assertThat(editor.messageText(1)).hasValue("Hello!");
        editor.messages().nth(1).locator(".message-remove").click();
        assertThat(editor.messages()).hasCount(2);
        page.locator("#param-temperature input").fill("0.4");
        page.locator("#param-max-tokens input").fill("300");
        page.locator("#editor-description textarea").fill("Greets people");
        assertThat(page.locator("#editor-dirty")).hasText("Unsaved changes (from version 1)");
        page.locator("#save-note input").fill("two variables");
        editor.messageText(1).press("Control+s");

        // then
        editor.savedAs(2);
        assertThat(page.locator("#editor-dirty")).hasText("Version 2");
        String file = Files.readString(workspaceRoot().resolve("prompts/editor-greeting.prompty"));
        assertThat(file).contains("temperature: 0.4", "max_tokens: 300", "person: Ada", "Greet {{ person }} from {{ city }}.");

        // when the page is opened again
        page.reload();

        // then
        assertThat(editor.messageText(1)).hasValue("Greet {{ person }} from {{ city }}.");
        assertThat(page.locator("#param-temperature input")).hasValue("0.4");
        assertThat(editor.preview()).containsText("Greet Ada from Paris.");
        screenshot("prompt-editor");
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefusedAndOfferedAsANewVersion() {
        // given: two tabs edit version 1
        open("/prompts");
        new EditorPage(page).create("editor-two-tabs", "Two tabs", null);
        Page second = page.context().newPage();
        second.navigate(java.net.URI.create(page.url()).resolve("/prompts/editor-two-tabs/edit").toString());
        EditorPage other = new EditorPage(second);
        assertThat(other.messages()).hasCount(2);
        EditorPage first = new EditorPage(page);
        first.typeMessage(1, "First tab: {{ question }}").save("first").savedAs(2);

        // when
        other.typeMessage(1, "Second tab: {{ question }}").save("second");

        // then
        assertThat(other.message()).hasText("Not saved: version 2 was saved by " + System.getProperty("user.name")
                + " after you started editing version 1. Save yours as version 3 after it, or reload to see theirs.");
        assertThat(other.messageText(1)).hasValue("Second tab: {{ question }}");

        // when
        second.locator("#save-as-new").click();

        // then
        other.savedAs(3);
        page.reload();
        assertThat(first.messageText(1)).hasValue("Second tab: {{ question }}");
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        // given
        open("/prompts");
        EditorPage editor = new EditorPage(page).create("editor-leave", "Leave me", null);
        editor.typeMessage(1, "Unsaved words");
        assertThat(page.locator("#editor-dirty")).hasText("Unsaved changes (from version 1)");

        // when
        page.locator("#main-nav vaadin-side-nav-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Suites")).click();

        // then
        assertThat(page.locator("#leave-dialog")).containsText("Leave without saving?");
        editor.clickButton("Stay");
        assertThat(page).hasURL(Pattern.compile(".*/prompts/editor-leave/edit$"));
        assertThat(editor.messageText(1)).hasValue("Unsaved words");

        // when
        page.locator("#main-nav vaadin-side-nav-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Suites")).click();
        editor.clickButton("Leave without saving");

        // then
        assertThat(page).hasURL(Pattern.compile(".*/suites$"));
    }

    @Test
    void aJsonSchemaResponseFormatIsCheckedAsTypedAndSavedInTheFile() throws Exception {
        // given
        open("/prompts");
        EditorPage editor = new EditorPage(page).create("editor-schema", "Schema answers", null);

        // when
        page.locator("#param-format").click();
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("JSON schema")).click();
        page.locator("#param-schema textarea").fill("{\"type\": \"object\",");

        // then
        assertThat(page.locator("#editor-problems")).containsText("the JSON schema must be a JSON object");

        // when
        page.locator("#param-schema textarea").fill("{\"type\": \"object\", \"required\": [\"answer\"]}");
        assertThat(page.locator("#editor-problems")).isHidden();
        editor.save("answers in JSON").savedAs(2);

        // then
        assertThat(Files.readString(workspaceRoot().resolve("prompts/editor-schema.prompty")))
                .contains("type: json_schema", "required:\n          - answer");

        // and opened again from the file, the schema box shows it as people write JSON: "a": 1, not "a" : 1
        open("/prompts/editor-schema/edit");
        assertThat(page.locator("#param-schema textarea"))
                .hasValue("{\n  \"type\": \"object\",\n  \"required\": [ \"answer\" ]\n}");
    }

    @Test
    void anExamplePromptOpensUnchangedWithItsSampleValues() {
        // when
        open("/prompts/ticket-classification");
        page.locator("#edit-prompt").click();

        // then
        EditorPage editor = new EditorPage(page);
        assertThat(page.locator("#editor-heading")).hasText("Edit Support ticket classification");
        assertThat(editor.variables()).hasText(new String[] {"subject", "body"});
        assertThat(page.locator("#sample-values").getByLabel("subject")).hasValue("Charged twice for our May invoice");
        assertThat(editor.preview()).containsText("Subject: Charged twice for our May invoice");
        assertThat(page.locator("#param-max-tokens input")).hasValue("200");
        assertThat(page.locator("#editor-dirty")).hasText("Version 1");

        // when: the preview renders a test case of the prompt's suite instead of the sample values
        page.locator("#preview-case input").click();
        page.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Broken CSV export")).first().click();

        // then
        assertThat(editor.preview()).containsText("Subject: CSV export stops at 1000 rows");
        assertThat(page.locator("#editor-dirty")).hasText("Version 1"); // choosing what to preview changes nothing

        // when
        page.locator("#save-prompt").click();

        // then
        assertThat(editor.message()).hasText("Nothing to save: this is version 1.");
    }
}
