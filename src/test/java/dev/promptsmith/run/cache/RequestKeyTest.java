package dev.promptsmith.run.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelRequest;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.ProviderKind;
import dev.promptsmith.shared.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestKeyTest {

    private static final String KEY = "3f1c0a9b2d4e5f60718293a4b5c6d7e8";

    private final ModelTarget target = new ModelTarget(null, "gpt", ProviderKind.OPENAI, "gpt-4o-mini", null,
            "MY_KEY", Map.of("temperature", 0));

    @Test
    void theSameRequestHasTheSameKeyAndEveryPartThatChangesTheAnswerChangesIt() {
        String key = RequestKey.of(target, request("a", "bc"), KEY);

        assertThat(RequestKey.of(target, request("a", "bc"), KEY)).isEqualTo(key).hasSize(64);
        assertThat(RequestKey.of(target, request("ab", "c"), KEY)).as("where one message ends").isNotEqualTo(key);
        assertThat(RequestKey.of(target, request("a", "bc").withTemperature(0.7), KEY)).isNotEqualTo(key);
        assertThat(RequestKey.of(target, request("a", "bc").withMaxTokens(10), KEY)).isNotEqualTo(key);
        assertThat(RequestKey.of(new ModelTarget(null, "gpt", ProviderKind.OPENAI, "gpt-4o", null, "MY_KEY",
                Map.of("temperature", 0)), request("a", "bc"), KEY)).isNotEqualTo(key);
        assertThat(RequestKey.of(new ModelTarget(null, "gpt", ProviderKind.OPENAI, "gpt-4o-mini", "http://localhost:1/v1",
                "MY_KEY", Map.of("temperature", 0)), request("a", "bc"), KEY)).isNotEqualTo(key);
    }

    @Test
    void theKeysVariableAndTheTargetsNameDoNotChangeIt() {
        ModelTarget renamed = new ModelTarget(7L, "other name", ProviderKind.OPENAI, "gpt-4o-mini", null, "OTHER_KEY",
                Map.of("temperature", 0));

        assertThat(RequestKey.of(renamed, request("a", "bc"), KEY)).isEqualTo(RequestKey.of(target, request("a", "bc"), KEY));
    }

    @Test
    void callsWithAnotherKeyOrNoneDoNotShareAnAnswer() {
        String key = RequestKey.of(target, request("a", "bc"), KEY);

        assertThat(RequestKey.of(target, request("a", "bc"), "0000000000000000ffffffffffffffff")).isNotEqualTo(key);
        assertThat(RequestKey.of(target, request("a", "bc"), "")).isNotEqualTo(key);
    }

    private static ModelRequest request(String system, String user) {
        return ModelRequest.of(List.of(new ChatMessage(Role.SYSTEM, system), new ChatMessage(Role.USER, user)));
    }
}
