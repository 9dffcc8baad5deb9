package dev.promptsmith.model;

import dev.promptsmith.model.secret.KeyDestination;
import java.util.Map;

/**
 * Where and how a model is reached. Never holds a secret: the key is looked up when a call is
 * made, from the keys entered in Promptsmith or from {@code apiKeyEnvar} / the provider's usual
 * environment variable.
 *
 * @param id         the stored target's id, or {@code null} for one that is not stored (e.g. from a suite file)
 * @param baseUrl    {@code null} for the provider's public endpoint
 * @param parameters the request options of every call, as promptfoo's provider {@code config} names them
 *                   (temperature, max_tokens, tools, response_format, Ollama's num_ctx ...; see
 *                   {@code ProviderConfig}); a suite's provider has promptfoo's defaults in them too
 */
public record ModelTarget(Long id, String name, ProviderKind kind, String modelName, String baseUrl,
                          String apiKeyEnvar, Map<String, Object> parameters) {

    public ModelTarget {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    /** The promptfoo provider id of this target, e.g. {@code openai:chat:gpt-4o-mini}. */
    public String providerId() {
        return switch (kind) {
            case OPENAI -> "openai:chat:" + modelName;
            case OPENAI_RESPONSES -> "openai:responses:" + modelName;
            case ANTHROPIC -> "anthropic:messages:" + modelName;
            case GOOGLE -> "google:" + modelName;
            case OLLAMA -> "ollama:chat:" + modelName;
            case ECHO -> "echo";
            case AZURE -> "azure:chat:" + modelName;
            case HTTP -> modelName;
            case EXEC -> "exec:" + modelName;
        };
    }

    public String effectiveBaseUrl() {
        return baseUrl == null || baseUrl.isBlank() ? kind.defaultBaseUrl() : baseUrl;
    }

    /** Where this target's calls go, which decides the entered key they may carry. */
    public KeyDestination keyDestination() {
        return KeyDestination.of(kind.keyKind(), baseUrl, kind.defaultBaseUrl());
    }

    /**
     * Whether the model runs on the user's machine or network, so its answers cost nothing unless a price is set:
     * echo, and Ollama, OpenAI-compatible servers (llama.cpp, LM Studio, vLLM) and HTTP providers at a loopback or
     * private address. Anthropic's, Google's, Azure's wires and OpenAI's Responses API at such an address are a
     * proxy in front of the hosted service, which is not free.
     */
    public boolean runsLocally() {
        return switch (kind) {
            case ECHO -> true;
            case OLLAMA, OPENAI, HTTP -> LocalAddress.isLocal(effectiveBaseUrl());
            case OPENAI_RESPONSES, ANTHROPIC, GOOGLE, AZURE, EXEC -> false;
        };
    }

    /** Whether calls leave this machine for a hosted service that needs a key. */
    public boolean needsKey() {
        return kind != ProviderKind.ECHO && kind != ProviderKind.OLLAMA && kind != ProviderKind.HTTP
                && kind != ProviderKind.EXEC
                && (baseUrl == null || baseUrl.isBlank() || apiKeyEnvar != null);
    }
}
