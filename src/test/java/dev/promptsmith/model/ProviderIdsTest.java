package dev.promptsmith.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderIdsTest {

    @Test
    void readsPromptfooIdsOfEveryProvider() {
        assertThat(ProviderIds.parse("openai:chat:gpt-4o-mini", null, null, name -> null))
                .isEqualTo(new ModelTarget(null, "openai:chat:gpt-4o-mini", ProviderKind.OPENAI, "gpt-4o-mini", null,
                        null, Map.of("max_tokens", 1024, "temperature", 0.0)));
        assertThat(ProviderIds.parse("anthropic:messages:claude-sonnet-4-5", null, null).kind())
                .isEqualTo(ProviderKind.ANTHROPIC);
        assertThat(ProviderIds.parse("google:gemini-2.5-flash", null, null).modelName()).isEqualTo("gemini-2.5-flash");
        assertThat(ProviderIds.parse("ollama:chat:llama3.2:3b", null, null).modelName()).isEqualTo("llama3.2:3b");
        assertThat(ProviderIds.parse("echo", null, null).kind()).isEqualTo(ProviderKind.ECHO);
    }

    @Test
    void aCompatibleServerIsOpenAiWithABaseUrlAndItsConfig() {
        ModelTarget target = ProviderIds.parse("openai:chat:qwen2.5-7b", "LM Studio", Map.of(
                "apiBaseUrl", "http://localhost:1234/v1", "temperature", 0, "max_tokens", 300,
                "passthrough", Map.of("top_k", 3)), name -> null);

        assertThat(target).isEqualTo(new ModelTarget(null, "LM Studio", ProviderKind.OPENAI, "qwen2.5-7b",
                "http://localhost:1234/v1", null, Map.of("temperature", 0, "max_tokens", 300,
                "passthrough", Map.of("top_k", 3))));
        assertThat(target.providerId()).isEqualTo("openai:chat:qwen2.5-7b");
    }

    @Test
    void hostedCompatibleServicesGetTheirEndpointAndKeyVariable() {
        ModelTarget groq = ProviderIds.parse("groq:llama-3.3-70b-versatile", null, null);

        assertThat(groq.kind()).isEqualTo(ProviderKind.OPENAI);
        assertThat(groq.baseUrl()).isEqualTo("https://api.groq.com/openai/v1");
        assertThat(groq.apiKeyEnvar()).isEqualTo("GROQ_API_KEY");
    }

    @Test
    void anUnsupportedIdIsAnErrorThatNamesIt() {
        assertThatThrownBy(() -> ProviderIds.parse("bedrock:claude", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("provider 'bedrock:claude' is not supported");
        assertThatThrownBy(() -> ProviderIds.parse("openai:completion:davinci", null, null))
                .hasMessageStartingWith("provider 'openai:completion:davinci' is not supported");
    }

    @Test
    void idsRoundTrip() {
        for (String id : new String[] {"openai:chat:gpt-4o", "anthropic:messages:claude-3-5-haiku", "google:gemini-2.0-flash",
                "ollama:chat:llama3.2", "echo"}) {
            assertThat(ProviderIds.parse(id, null, null).providerId()).isEqualTo(id);
        }
    }

    @Test
    void ollamasChatCompletionAndBareIdsNameTheModelWithItsTag() {
        assertThat(List.of("ollama:chat:llama3.2:3b", "ollama:completion:llama3.2:3b", "ollama:llama3.2:3b",
                "ollama:llama3"))
                .map(id -> ProviderIds.parse(id, null, null, name -> null))
                .extracting(ModelTarget::kind, ModelTarget::modelName, ModelTarget::baseUrl)
                .containsExactly(tuple(ProviderKind.OLLAMA, "llama3.2:3b", null),
                        tuple(ProviderKind.OLLAMA, "llama3.2:3b", null), tuple(ProviderKind.OLLAMA, "llama3.2:3b", null),
                        tuple(ProviderKind.OLLAMA, "llama3", null));
        assertThatThrownBy(() -> ProviderIds.parse("ollama:embedding:nomic-embed-text", null, null, name -> null))
                .hasMessageStartingWith("provider 'ollama:embedding:nomic-embed-text' is not supported");
        assertThatThrownBy(() -> ProviderIds.parse("ollama:completion:", null, null, name -> null))
                .hasMessageStartingWith("provider 'ollama:completion:' is not supported");
    }

    @Test
    void anOllamaProviderGoesToItsConfigsUrlThenOllamaBaseUrlThenPromptsmithsSettingThenLocalhost() {
        Map<String, String> withVariable = Map.of("OLLAMA_BASE_URL", "http://from-env:11434");
        String setting = "http://from-setting:11434";

        assertThat(ProviderIds.parse("ollama:llama3", null, Map.of("apiBaseUrl", "http://from-config:11434"),
                ProviderIds.environment(withVariable::get, setting)).baseUrl()).isEqualTo("http://from-config:11434");
        assertThat(ProviderIds.parse("ollama:chat:llama3", null, null,
                ProviderIds.environment(withVariable::get, setting)).baseUrl()).isEqualTo("http://from-env:11434");
        assertThat(ProviderIds.parse("ollama:completion:llama3", null, null,
                ProviderIds.environment(name -> null, setting)).baseUrl()).isEqualTo(setting);
        ModelTarget unset = ProviderIds.parse("ollama:llama3", null, null, ProviderIds.environment(name -> null, " "));
        assertThat(unset.baseUrl()).isNull();
        assertThat(unset.effectiveBaseUrl()).isEqualTo("http://localhost:11434");
        // the setting is Ollama's only: other providers read the environment as before
        assertThat(ProviderIds.environment(name -> null, setting).apply("OPENAI_BASE_URL")).isNull();
    }
}
