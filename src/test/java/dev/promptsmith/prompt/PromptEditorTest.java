package dev.promptsmith.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.shared.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptEditorTest {

    private final PromptEditor editor = new PromptEditor();
    private final PromptyParser parser = new PromptyParser();

    private static PromptDraft draft(List<PromptDraft.Message> messages, Map<String, Object> sample) {
        return new PromptDraft("greet", "Greeter", "", messages, PromptDraft.Parameters.NONE, sample, Map.of());
    }

    @Test
    void aJinjaSyntaxErrorIsShownAtItsMessageLineAndColumn() {
        // given
        PromptDraft draft = draft(List.of(new PromptDraft.Message(Role.SYSTEM, "Be brief."),
                new PromptDraft.Message(Role.USER, "Hello\nb {% if person %}")), Map.of("person", "Ada"));

        // when
        DraftCheck check = editor.check(draft);

        // then
        assertThat(check.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).isEqualTo(1);
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo(3);
            assertThat(problem.describe()).startsWith("line 2, column 3: ").contains("endif");
        });
        assertThat(check.preview()).isEmpty();
    }

    @Test
    void variablesAreFoundInEveryMessageAndThePreviewUsesTheSampleValues() {
        // given
        PromptDraft draft = draft(List.of(new PromptDraft.Message(Role.SYSTEM, "You write in {{ language }}."),
                new PromptDraft.Message(Role.USER, "Greet {{ person }}.")), Map.of("person", "Ada", "language", "French"));

        // when
        DraftCheck check = editor.check(draft);

        // then
        assertThat(check.valid()).isTrue();
        assertThat(check.variables()).containsExactly("language", "person");
        assertThat(check.preview()).containsExactly(new RenderedMessage(Role.SYSTEM, "You write in French."),
                new RenderedMessage(Role.USER, "Greet Ada."));
        assertThat(check.previewError()).isNull();
    }

    @Test
    void aPreviewThatLacksASampleValueNamesTheVariable() {
        DraftCheck check = editor.check(draft(List.of(new PromptDraft.Message(Role.USER, "Greet {{ person }}.")), Map.of()));

        assertThat(check.valid()).isTrue();
        assertThat(check.previewError()).startsWith("variable 'person' is not defined");
    }

    @Test
    void aLineThatHoldsOnlyARoleAndAnEmptyMessageAreProblems() {
        DraftCheck check = editor.check(draft(List.of(new PromptDraft.Message(Role.USER, "Hi\nassistant:\nthere"),
                new PromptDraft.Message(Role.ASSISTANT, "  ")), Map.of()));

        assertThat(check.problems()).extracting(p -> p.message() + " " + p.describe()).containsExactly(
                "0 line 2, column 1: a line that holds only 'assistant:' would start a new message in the file: "
                        + "write more on that line",
                "1 the assistant message has no text");
    }

    @Test
    void aDraftWrittenAsAFileReadsBackToTheSameDraft() throws Exception {
        // given: values YAML 1.2 would read as other types unless quoted, several lines, a schema
        Map<String, Object> sample = new LinkedHashMap<>();
        sample.put("code", "012");
        sample.put("answer", "yes");
        sample.put("empty", "");
        sample.put("letter", "Dear Ada,\n\nthanks: it works.\n  indented\n");
        sample.put("items", List.of("a", "b"));
        PromptDraft draft = new PromptDraft("greet", "Greeter: \"quoted\"", "Says hello\nin two lines",
                List.of(new PromptDraft.Message(Role.SYSTEM, "Be brief.\n\nuser: is not a role line here"),
                        new PromptDraft.Message(Role.USER, "{% for i in items %}{{ i }} {% endfor %}{{ code }} {{ letter }}"),
                        new PromptDraft.Message(Role.ASSISTANT, "---\nOK")),
                new PromptDraft.Parameters(0.3, 200, PromptDraft.ResponseFormat.JSON_SCHEMA,
                        "{\n  \"type\": \"object\",\n  \"required\": [ \"greeting\" ]\n}"),
                sample, Map.of());

        // when
        String text = editor.text(draft);
        PromptDraft read = editor.draft(parser.parse("prompts/greet.prompty", "greet", text));

        // then
        assertThat(read.withName("greet", read.title())).usingRecursiveComparison().ignoringFields("header", "frontMatter")
                .isEqualTo(draft);
        assertThat(editor.text(read)).isEqualTo(text);
    }

    @Test
    void keysOfTheFileTheEditorDoesNotShowAreKept() throws Exception {
        // given
        String original = Files.readString(Path.of("prompts/ticket-classification.prompty"));
        PromptDraft draft = editor.draft(parser.parse("prompts/ticket-classification.prompty", "ticket-classification",
                original));

        // when
        PromptDocument written = parser.parse("x", "ticket-classification", editor.text(draft));

        // then
        assertThat(written.model()).containsEntry("api", "chat")
                .containsEntry("configuration", Map.of("type", "openai", "name", "gpt-4o-mini"));
        assertThat(written.content()).contains("version: 1");
        assertThat(written.messages()).extracting(MessageTemplate::template)
                .isEqualTo(parser.parse("y", "t", original).messages().stream().map(MessageTemplate::template).toList());
        assertThat(draft.parameters()).isEqualTo(new PromptDraft.Parameters(0.0, 200, PromptDraft.ResponseFormat.TEXT, ""));
    }

    @Test
    void aSavedPromptKeepsTheCommentsAndKeyOrderOfItsFrontMatterAndReadsBackToTheSameVersion(@TempDir Path workspace)
            throws Exception {
        // given: a shipped prompt whose front matter has comments, above keys and after values
        String original = Files.readString(Path.of("prompts/ticket-classification.prompty"));
        PromptDraft read = editor.draft(parser.parse("prompts/ticket-classification.prompty", "ticket-classification",
                original));

        // when: saved unchanged, and saved with a new title and temperature
        String unchanged = editor.text(read);
        PromptDraft edited = new PromptDraft(read.name(), "Ticket triage", read.description(), read.messages(),
                new PromptDraft.Parameters(0.2, 200, PromptDraft.ResponseFormat.TEXT, ""), read.sample(),
                read.header(), read.frontMatter());
        String text = editor.text(edited);

        // then: the front matter is the file's, byte for byte; an edit changes only its values
        assertThat(frontMatterOf(unchanged)).isEqualTo(frontMatterOf(original));
        assertThat(frontMatterOf(text)).isEqualTo(frontMatterOf(original)
                .replace("name: Support ticket classification", "name: Ticket triage")
                .replace("temperature: 0\n", "temperature: 0.2\n"));
        // written, read and written again: the same text, so a re-import adds no version
        PromptDocument written = parser.parse("prompts/ticket-classification.prompty", "ticket-classification", text);
        assertThat(editor.text(editor.draft(written))).isEqualTo(text);
        assertThat(written.contentHash()).isEqualTo(editor.document(edited).contentHash());
        Files.createDirectories(workspace.resolve("prompts"));
        Files.writeString(workspace.resolve("prompts/ticket-classification.prompty"), text);
        assertThat(new dev.promptsmith.exchange.WorkspaceCheck().check(workspace).errors()).isEmpty();
    }

    @Test
    void aKeyTheEditorRemovesGoesWithItsCommentAndOneItAddsGoesLastWhereItBelongs() throws Exception {
        // given
        String original = """
                ---
                # shown in the list
                name: Greeter
                # what it is for
                description: Says hello
                model:
                  api: chat # the only one
                ---
                user:
                Hello {{ person }}
                """;
        PromptDraft read = editor.draft(parser.parse("prompts/greet.prompty", "greet", original));

        // when: the description is cleared and a token limit set
        String text = editor.text(new PromptDraft(read.name(), read.title(), "", read.messages(),
                new PromptDraft.Parameters(null, 50, PromptDraft.ResponseFormat.TEXT, ""), read.sample(),
                read.header(), read.frontMatter()));

        // then
        assertThat(frontMatterOf(text)).isEqualTo("""
                ---
                # shown in the list
                name: Greeter
                model:
                  api: chat # the only one
                  parameters:
                    max_tokens: 50""");
    }

    private static String frontMatterOf(String file) {
        return file.substring(0, file.indexOf("\n---\n", 4));
    }

    @Test
    void theSchemaBoxShowsTheFilesSchemaPrettyPrintedWithoutASpaceBeforeTheColon() throws Exception {
        // given: a schema written on one line, as files often have it
        String file = """
                ---
                name: Answer
                model:
                  parameters:
                    response_format:
                      type: json_schema
                      json_schema:
                        name: answer
                        schema: {type: object, properties: {answer: {type: string}}, required: [answer]}
                ---
                user:
                Hi
                """;

        // when
        PromptDraft draft = editor.draft(parser.parse("prompts/answer.prompty", "answer", file));

        // then
        assertThat(draft.parameters().jsonSchema()).isEqualTo("""
                {
                  "type": "object",
                  "properties": {
                    "answer": {
                      "type": "string"
                    }
                  },
                  "required": [ "answer" ]
                }""");
    }
}
