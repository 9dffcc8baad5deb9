package dev.promptsmith.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.shared.FileProblem;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.shared.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptyParserTest {

    private static final String FILE = "prompts/greeting.prompty";

    private final PromptyParser parser = new PromptyParser();

    @Test
    void readsFrontMatterMessagesVariablesAndSample() throws Exception {
        // given
        String text = """
                ---
                name: Greeting
                description: Greets a person
                model:
                  api: chat
                  parameters:
                    temperature: 0.2
                sample:
                  person: Ada
                  topics: [maths, engines]
                ---
                system:
                You are polite.

                user:
                Greet {{ person }}.
                {% for t in topics %}- {{ t }}
                {% endfor %}
                """;

        // when
        PromptDocument prompt = parser.parse(FILE, "greeting", text);

        // then
        assertThat(prompt.name()).isEqualTo("greeting");
        assertThat(prompt.title()).isEqualTo("Greeting");
        assertThat(prompt.description()).isEqualTo("Greets a person");
        assertThat(prompt.model()).containsEntry("api", "chat");
        assertThat(prompt.sample()).containsEntry("person", "Ada").containsEntry("topics", List.of("maths", "engines"));
        assertThat(prompt.messages()).containsExactly(
                new MessageTemplate(Role.SYSTEM, "You are polite.", 13),
                new MessageTemplate(Role.USER, "Greet {{ person }}.\n{% for t in topics %}- {{ t }}\n{% endfor %}", 16));
        assertThat(prompt.variables()).containsExactly("person", "topics");
        assertThat(prompt.content()).isEqualTo(text);
        assertThat(prompt.contentHash()).hasSize(64);
    }

    @Test
    void textBeforeTheFirstRoleLineIsASystemMessageAsInPrompty() throws Exception {
        PromptDocument prompt = parser.parse(FILE, "greeting", "---\n---\nBe brief.\nuser:\nHi\n");

        assertThat(prompt.messages()).extracting(MessageTemplate::role).containsExactly(Role.SYSTEM, Role.USER);
        assertThat(prompt.title()).isEqualTo("greeting");
    }

    @Test
    void aFileWithoutFrontMatterIsRefusedAtLineOne() {
        assertProblems("user:\nHi\n", new FileProblem(FILE, 1,
                "a .prompty file starts with a '---' line that opens its YAML front matter"));
    }

    @Test
    void anUnclosedFrontMatterIsRefused() {
        assertProblems("---\nname: x\nuser:\nHi\n", new FileProblem(FILE, 1,
                "the front matter opened on line 1 is never closed by a '---' line"));
    }

    @Test
    void aYamlSyntaxErrorNamesItsLineInTheFile() {
        assertThatThrownBy(() -> parser.parse(FILE, "greeting", "---\nname: ok\nsample: [unclosed\n---\nuser:\nHi\n"))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.file()).isEqualTo(FILE);
                        assertThat(problem.line()).isBetween(3, 4);
                        assertThat(problem.message()).startsWith("YAML syntax:");
                    });
                });
    }

    @Test
    void duplicateKeysAreAnError() {
        assertThatThrownBy(() -> parser.parse(FILE, "greeting", "---\nname: a\nname: b\n---\nuser:\nHi\n"))
                .isInstanceOfSatisfying(InvalidFileException.class, e ->
                        assertThat(e.problems().getFirst().message()).contains("duplicate key name"));
    }

    @Test
    void wrongTypesInTheFrontMatterNameTheKeyAndLine() {
        assertProblems("---\nname: ok\nsample: just text\nmodel: [a]\n---\nuser:\nHi\n",
                new FileProblem(FILE, 3, "'sample' must be a mapping of keys to values"),
                new FileProblem(FILE, 4, "'model' must be a mapping of keys to values"));
    }

    @Test
    void anEmptyMessageAndAMissingBodyAreErrors() {
        assertProblems("---\n---\nsystem:\n\nuser:\nHi\n",
                new FileProblem(FILE, 3, "the system message has no text"));
        assertProblems("---\nname: x\n---\n\n",
                new FileProblem(FILE, 4, "the prompt has no messages: write a 'system:' or 'user:' line followed by its text"));
    }

    @Test
    void templateSyntaxErrorsNameTheirLineInTheFile() {
        String text = "---\n---\nsystem:\nok\nuser:\nline one\n{% if x %}never closed\n";

        assertThatThrownBy(() -> parser.parse(FILE, "greeting", text))
                .isInstanceOfSatisfying(InvalidFileException.class, e ->
                        assertThat(e.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.line()).isEqualTo(7);
                            assertThat(problem.message()).startsWith("template of the user message:")
                                    .contains("endif");
                        }));
    }

    @Test
    void crlfLineEndingsParseAndHashLikeLf() throws Exception {
        String lf = "---\nname: x\n---\nuser:\nHi {{ a }}\n";

        PromptDocument unix = parser.parse(FILE, "x", lf);
        PromptDocument windows = parser.parse(FILE, "x", lf.replace("\n", "\r\n"));

        assertThat(windows.messages()).isEqualTo(unix.messages());
        assertThat(windows.contentHash()).isEqualTo(unix.contentHash());
    }

    @Test
    void anInlinePromptBecomesOneUserMessage() throws Exception {
        PromptDocument prompt = parser.parseInline("testcases/s.yaml", 4, "s", "Tell me about {{ topic }}");

        assertThat(prompt.messages()).containsExactly(new MessageTemplate(Role.USER, "Tell me about {{ topic }}", 6));
        assertThat(prompt.variables()).containsExactly("topic");
        assertThat(prompt.description()).isEqualTo("Inline prompt of testcases/s.yaml");
    }

    @Test
    void aBrokenInlinePromptIsReportedAtItsLineInTheSuite() {
        assertThatThrownBy(() -> parser.parseInline("testcases/s.yaml", 4, "s", "{% for x in xs %}"))
                .isInstanceOfSatisfying(InvalidFileException.class, e ->
                        assertThat(e.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.file()).isEqualTo("testcases/s.yaml");
                            assertThat(problem.line()).isEqualTo(4);
                            assertThat(problem.message()).startsWith("inline prompt:");
                        }));
    }

    @Test
    void sampleValuesKeepTheirYamlTypes() throws Exception {
        PromptDocument prompt = parser.parse(FILE, "x", "---\nsample:\n  n: 3\n  ok: true\n  m: {a: 1}\n---\nuser:\n{{ n }}\n");

        assertThat(prompt.sample()).isEqualTo(Map.of("n", 3, "ok", true, "m", Map.of("a", 1)));
    }

    private void assertProblems(String text, FileProblem... expected) {
        assertThatThrownBy(() -> parser.parse(FILE, "greeting", text))
                .isInstanceOfSatisfying(InvalidFileException.class, e ->
                        assertThat(e.problems()).containsExactly(expected));
    }
}
