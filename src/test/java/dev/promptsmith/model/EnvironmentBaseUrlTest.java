package dev.promptsmith.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Base URLs from the environment, in promptfoo's order, for the providers of a suite that names none. */
class EnvironmentBaseUrlTest {

    private static ModelTarget parse(String id, Map<String, Object> config, Map<String, String> env) {
        return ProviderIds.parse(id, null, config, env::get);
    }

    @Test
    void openAiReadsApiHostThenApiBaseUrlThenBaseUrl() {
        Map<String, String> all = Map.of("OPENAI_API_HOST", "proxy.example", "OPENAI_API_BASE_URL",
                "http://a.example/v1", "OPENAI_BASE_URL", "http://b.example/v1");
        assertThat(parse("openai:chat:m", Map.of(), all).baseUrl()).isEqualTo("https://proxy.example/v1");
        assertThat(parse("openai:chat:m", Map.of(), Map.of("OPENAI_API_BASE_URL", "http://a.example/v1",
                "OPENAI_BASE_URL", "http://b.example/v1")).baseUrl()).isEqualTo("http://a.example/v1");
        assertThat(parse("openai:chat:m", Map.of(), Map.of("OPENAI_BASE_URL", "http://b.example/v1")).baseUrl())
                .isEqualTo("http://b.example/v1");
    }

    @Test
    void theConfigComesFirstAndNamesNoKeyVariable() {
        Map<String, String> env = Map.of("OPENAI_BASE_URL", "http://b.example/v1");
        ModelTarget fromConfig = parse("openai:chat:m", Map.of("apiBaseUrl", "http://c.example/v1"), env);
        assertThat(fromConfig.baseUrl()).isEqualTo("http://c.example/v1");
        assertThat(fromConfig.apiKeyEnvar()).isNull();
        assertThat(parse("openai:chat:m", Map.of("apiHost", "h.example"), env).baseUrl())
                .isEqualTo("https://h.example/v1");
        assertThat(parse("openai:chat:m", Map.of(), env).apiKeyEnvar()).isEqualTo("OPENAI_API_KEY");
    }

    @Test
    void ollamaAndAnthropicReadTheirOwnVariables() {
        assertThat(parse("ollama:chat:llama3.2", Map.of(), Map.of("OLLAMA_BASE_URL", "http://gpu:11434")).baseUrl())
                .isEqualTo("http://gpu:11434");
        ModelTarget anthropic = parse("anthropic:messages:m", Map.of(), Map.of("ANTHROPIC_BASE_URL",
                "http://gateway.example/v1/"));
        assertThat(anthropic.baseUrl()).isEqualTo("http://gateway.example/v1/");
        assertThat(anthropic.apiKeyEnvar()).isEqualTo("ANTHROPIC_API_KEY");
        assertThat(parse("groq:m", Map.of(), Map.of("OPENAI_BASE_URL", "http://b.example/v1")).baseUrl())
                .isEqualTo("https://api.groq.com/openai/v1");
    }
}
