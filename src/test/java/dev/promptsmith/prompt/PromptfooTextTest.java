package dev.promptsmith.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.shared.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A promptfoo prompt text rendered and read as promptfoo's renderPrompt and chat providers do. */
class PromptfooTextTest {

    private final PromptyParser parser = new PromptyParser();
    private final PromptRenderer renderer = new PromptRenderer();

    private List<RenderedMessage> render(String text, Map<String, ?> vars) throws Exception {
        return renderer.render(parser.parsePromptfooText("testcases/s.yaml", 3, "s", "label", "test", text), vars);
    }

    @Test
    void aTextIsOneUserMessageEvenWithRoleLines() throws Exception {
        assertThat(render("system:\nBe kind\nuser:\nHi {{ n }}\nassistant:\n", Map.of("n", "Ada")))
                .containsExactly(new RenderedMessage(Role.USER, "system:\nBe kind\nuser:\nHi Ada\nassistant:\n"));
    }

    @Test
    void aVariablesTrailingLineBreakIsDroppedAndItsOwnTemplateFilled() throws Exception {
        assertThat(render("[{{ a }}] {{ b }}", Map.of("a", "one\n", "b", "two {{ a }}")))
                .containsExactly(new RenderedMessage(Role.USER, "[one] two one"));
    }

    @Test
    void aChatWrittenAsJsonGetsItsVariablesEscaped() throws Exception {
        String chat = "[{\"role\": \"system\", \"content\": \"Tone: {{ tone }}\"},"
                + " {\"role\": \"user\", \"content\": \"{{ q }}\"}]";

        assertThat(render(chat, Map.of("tone", "dry", "q", "say \"hi\"\nand go")))
                .containsExactly(new RenderedMessage(Role.SYSTEM, "Tone: dry"),
                        new RenderedMessage(Role.USER, "say \"hi\"\nand go"));
    }

    @Test
    void aChatWrittenAsYamlIsItsMessages() throws Exception {
        assertThat(render("- role: user\n  content: Hi {{ n }}\n- role: assistant\n  content: Hello\n",
                Map.of("n", "Bo"))).containsExactly(new RenderedMessage(Role.USER, "Hi Bo"),
                new RenderedMessage(Role.ASSISTANT, "Hello"));
    }

    @Test
    void whatOnlyLooksLikeJsonOrHoldsWhatCannotBeSentIsAnErrorNotAGuess() {
        assertThatThrownBy(() -> render("{\"broken\": {{ x }}, }", Map.of("x", "1")))
                .isInstanceOf(RenderException.class).hasMessageContaining("looks like JSON but is not valid JSON");
        assertThatThrownBy(() -> render("[{\"role\": \"tool\", \"content\": \"x\"}]", Map.of()))
                .hasMessageContaining("has role 'tool'");
        assertThatThrownBy(() -> render("[{\"role\": \"user\", \"content\": [{\"type\": \"image_url\"}]}]", Map.of()))
                .hasMessageContaining("content that is not text");
        assertThatThrownBy(() -> render("{\"task\": \"{{ t }}\"}", Map.of("t", "sum")))
                .hasMessageContaining("not a list of chat messages");
    }

    @Test
    void aTestsPrefixAndSuffixGoAroundTheTextBeforeItIsRendered() throws Exception {
        PromptDocument prompt = parser.parsePromptfooText("testcases/s.yaml", 3, "s", "label", "test", "Hi {{ n }}");

        assertThat(renderer.render(prompt, Map.of("n", "Ada"), "{{ n }} says: ", "!"))
                .containsExactly(new RenderedMessage(Role.USER, "Ada says: Hi Ada!"));
    }

    @Test
    void aVariableWithoutAValueOrAFieldATextHasNotWritesNothingAsInPromptfoo() throws Exception {
        assertThat(render("[{{ missing }}] [{{ settings.mode }}] [{{ n }}]", Map.of("settings", "{\"mode\":1}", "n", "x")))
                .containsExactly(new RenderedMessage(Role.USER, "[] [] [x]"));
    }

    @Test
    void aTextThatBeginsLikeJsonButIsNotIsText() throws Exception {
        assertThat(render("[draft] reply to {{ n }}", Map.of("n", "Cy")))
                .containsExactly(new RenderedMessage(Role.USER, "[draft] reply to Cy"));
    }

    @Test
    void theStoredTextKeepsThePromptExactlyAndReadsBackTheSame() throws Exception {
        PromptDocument prompt = parser.parsePromptfooText("testcases/s.yaml", 3, "s", "my label", "test",
                "line one\n---\nline three\n");
        PromptDocument again = parser.parse("stored", "s", prompt.content());

        assertThat(again.messages()).singleElement().extracting(MessageTemplate::template)
                .isEqualTo("line one\n---\nline three\n");
        assertThat(again.title()).isEqualTo("my label");
        assertThat(again.promptfooText()).isTrue();
        assertThat(again.contentHash()).isEqualTo(prompt.contentHash());
    }
}
