package dev.promptsmith.run.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelRequest;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.ProviderKind;
import dev.promptsmith.prompt.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestKeyTest {

    private final ModelTarget target = new ModelTarget(null, "gpt", ProviderKind.OPENAI, "gpt-4o-mini", null,
            "MY_KEY", Map.of("temperature", 0));

    @Test
    void theSameRequestHasTheSameKeyAndEveryPartThatChangesTheAnswerChangesIt() {
        String key = RequestKey.of(target, request("a", "bc"));

        assertThat(RequestKey.of(target, request("a", "bc"))).isEqualTo(key).hasSize(64);
        assertThat(RequestKey.of(target, request("ab", "c"))).as("where one message ends").isNotEqualTo(key);
        assertThat(RequestKey.of(target, request("a", "bc").withTemperature(0.7))).isNotEqualTo(key);
        assertThat(RequestKey.of(target, request("a", "bc").withMaxTokens(10))).isNotEqualTo(key);
        assertThat(RequestKey.of(new ModelTarget(null, "gpt", ProviderKind.OPENAI, "gpt-4o", null, "MY_KEY",
                Map.of("temperature", 0)), request("a", "bc"))).isNotEqualTo(key);
        assertThat(RequestKey.of(new ModelTarget(null, "gpt", ProviderKind.OPENAI, "gpt-4o-mini", "http://localhost:1/v1",
                "MY_KEY", Map.of("temperature", 0)), request("a", "bc"))).isNotEqualTo(key);
    }

    @Test
    void theKeysVariableAndTheTargetsNameDoNotChangeIt() {
        ModelTarget renamed = new ModelTarget(7L, "other name", ProviderKind.OPENAI, "gpt-4o-mini", null, "OTHER_KEY",
                Map.of("temperature", 0));

        assertThat(RequestKey.of(renamed, request("a", "bc"))).isEqualTo(RequestKey.of(target, request("a", "bc")));
    }

    private static ModelRequest request(String system, String user) {
        return ModelRequest.of(List.of(new ChatMessage(Role.SYSTEM, system), new ChatMessage(Role.USER, user)));
    }
}
