package dev.promptsmith.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.shared.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenCounterTest {

    private final TokenCounter counter = new TokenCounter();
    private final List<ChatMessage> messages = List.of(new ChatMessage(Role.USER, "Hello world, how are you today?"));

    @Test
    void openAiModelsAreCountedWithTheirTokenizer() {
        TokenCounter.Count count = counter.count(target(ProviderKind.OPENAI, "gpt-4o-mini"), messages);

        assertThat(count.estimated()).isFalse();
        assertThat(count.tokens()).isEqualTo(8 + 4);
        assertThat(count.describe()).isEqualTo("12 tokens");
    }

    @Test
    void otherModelsGetAnEstimateLabelledAsSuch() {
        TokenCounter.Count count = counter.count(target(ProviderKind.OLLAMA, "llama3.2"), messages);

        assertThat(count).isEqualTo(new TokenCounter.Count(8 + 4, true));
        assertThat(count.describe()).isEqualTo("~12 tokens (estimate)");
    }

    private static ModelTarget target(ProviderKind kind, String model) {
        return new ModelTarget(null, model, kind, model, null, null, Map.of());
    }
}
