package dev.promptsmith.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Options promptfoo would not send are refused when the suite is read, with the provider and the key. */
class ProviderConfigTest {

    @Test
    void anOptionPromptfooDoesNotSendIsRefusedWithTheProviderAndTheKey() {
        assertThatThrownBy(() -> ProviderIds.parse("openai:chat:gpt-4o-mini", null, Map.of("logit_bias", Map.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("openai:chat:gpt-4o-mini").hasMessageContaining("'logit_bias'")
                .hasMessageContaining("passthrough");
        assertThat(ProviderIds.problems("anthropic:messages:claude-sonnet-4-5", Map.of("seed", 1, "top_k", 3)))
                .containsOnlyKeys("seed");
        assertThat(ProviderIds.problems("ollama:chat:llama3.2", Map.of("num_ctx", 1, "suffix", "x")))
                .containsOnlyKeys("suffix");
        assertThat(ProviderIds.problems("google:gemini-2.5-flash", Map.of("topK", 1, "frequency_penalty", 1)))
                .containsOnlyKeys("frequency_penalty");
    }

    @Test
    void reasoningModelsFollowPromptfoosRules() {
        assertThat(ProviderIds.problems("openai:chat:o3-mini", Map.of("max_tokens", 5, "temperature", 0.2,
                "max_completion_tokens", 5, "reasoning_effort", "low"))).containsOnlyKeys("max_tokens", "temperature");
        assertThat(ProviderIds.problems("openai:chat:gpt-4o", Map.of("max_completion_tokens", 5,
                "reasoning_effort", "low", "verbosity", "low"))).containsOnlyKeys("max_completion_tokens",
                "reasoning_effort", "verbosity");
        assertThat(ProviderIds.problems("openai:chat:gpt-5-mini", Map.of("verbosity", "low"))).isEmpty();
    }

    @Test
    void anthropicLeavesTemperatureOutWithThinkingOrTopP() {
        assertThat(ProviderIds.problems("anthropic:messages:m", Map.of("thinking", Map.of("type", "enabled",
                "budget_tokens", 1024), "temperature", 0.5, "top_k", 4))).containsOnlyKeys("temperature", "top_k");
        assertThat(ProviderIds.problems("anthropic:messages:m", Map.of("top_p", 0.9, "temperature", 0.5)))
                .containsOnlyKeys("temperature");
    }

    @Test
    void aFileReferenceIsRefusedRatherThanSentAsText() {
        assertThat(ProviderIds.problems("openai:chat:gpt-4o", Map.of("tools", "file://tools.yaml",
                "response_format", "file://schema.json"))).containsOnlyKeys("tools", "response_format");
    }

    @Test
    void anUnknownIdIsAProblemOfTheId() {
        assertThat(ProviderIds.problems("bedrock:claude", Map.of("temperature", 1))).containsOnlyKeys("id");
    }

    @Test
    void theDefaultsAreThoseOfPromptfoo() {
        assertThat(ProviderIds.parse("openai:chat:gpt-4o-mini", null, Map.of(), name -> null).parameters())
                .isEqualTo(Map.of("max_tokens", 1024, "temperature", 0.0));
        assertThat(ProviderIds.parse("openai:chat:gpt-5", null, Map.of(), name -> null).parameters()).isEmpty();
        assertThat(ProviderIds.parse("openai:chat:o1", null, Map.of(),
                Map.of("OPENAI_MAX_COMPLETION_TOKENS", "900")::get).parameters())
                .isEqualTo(Map.of("max_completion_tokens", 900));
        assertThat(ProviderIds.parse("anthropic:messages:m", null, Map.of(),
                Map.of("ANTHROPIC_MAX_TOKENS", "300", "ANTHROPIC_TEMPERATURE", "0.7")::get).parameters())
                .isEqualTo(Map.of("max_tokens", 300, "temperature", 0.7));
        assertThat(ProviderIds.parse("ollama:chat:llama3.2", null, Map.of("stop", List.of("x")), name -> null)
                .parameters()).isEqualTo(Map.of("stop", List.of("x")));
        assertThatThrownBy(() -> ProviderIds.parse("openai:chat:m", null, Map.of(),
                Map.of("OPENAI_MAX_TOKENS", "many")::get)).hasMessageContaining("OPENAI_MAX_TOKENS");
    }
}
