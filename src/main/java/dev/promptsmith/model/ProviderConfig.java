package dev.promptsmith.model;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which keys of a provider's {@code config} promptfoo sends in the request body, provider by
 * provider (promptfoo's {@code getOpenAiBody}, the Anthropic messages provider's {@code params},
 * {@code buildOllamaOptions}, the AI Studio provider's {@code callGemini}). A key promptfoo would
 * drop, or one we do not send, is refused: a suite never runs with an option silently left out.
 */
final class ProviderConfig {

    /** Keys that say where and with which key a call goes; they are not part of the body. */
    static final Set<String> SETTINGS = Set.of("apiBaseUrl", "apiKeyEnvar", "apiHost", "omitDefaults", "apiVersion");

    /** Keys read by every provider as Promptsmith's own names, mapped to each wire's names. */
    static final Set<String> COMMON = Set.of("temperature", "max_tokens", "top_p", "seed", "stop");

    private static final Set<String> OPENAI = Set.of("seed", "max_tokens", "max_completion_tokens",
            "reasoning_effort", "temperature", "top_p", "presence_penalty", "frequency_penalty", "functions",
            "function_call", "tools", "tool_choice", "tool_resources", "response_format", "stop", "prompt_cache_key",
            "prompt_cache_options", "prompt_cache_retention", "passthrough", "service_tier", "user", "metadata",
            "store", "verbosity", "reasoning");
    /** What promptfoo's Responses provider ({@code getOpenAiBody} of {@code openai:responses}) puts in the body. */
    private static final Set<String> RESPONSES = Set.of("max_output_tokens", "reasoning", "reasoning_effort",
            "temperature", "instructions", "top_p", "tools", "tool_choice", "max_tool_calls", "include",
            "previous_response_id", "response_format", "verbosity", "truncation", "metadata", "parallel_tool_calls",
            "stream", "store", "user", "service_tier", "prompt_cache_key", "prompt_cache_options",
            "prompt_cache_retention", "passthrough");
    private static final Set<String> AZURE = Set.of("seed", "max_tokens", "max_completion_tokens",
            "reasoning_effort", "temperature", "top_p", "presence_penalty", "frequency_penalty", "functions",
            "function_call", "tools", "tool_choice", "deployment_id", "dataSources", "data_sources",
            "response_format", "stop", "passthrough");
    private static final Set<String> ANTHROPIC = Set.of("max_tokens", "temperature", "top_p", "top_k",
            "stop_sequences", "stop", "metadata", "tools", "tool_choice", "thinking", "service_tier", "cache_control",
            "effort", "extra_body");
    /** Ollama's {@code options} members promptfoo moves from the config into {@code options}. */
    static final Set<String> OLLAMA_OPTIONS = Set.of("num_predict", "num_keep", "seed", "top_k", "top_p", "min_p",
            "typical_p", "repeat_last_n", "temperature", "repeat_penalty", "presence_penalty", "frequency_penalty",
            "stop", "num_ctx", "num_batch", "num_gpu", "main_gpu", "use_mmap", "num_thread", "draft_num_predict",
            "tfs_z", "num_gqa", "f16_kv", "logits_all", "vocab_only", "low_vram", "use_mlock", "embedding_only",
            "rope_frequency_base", "rope_frequency_scale", "penalize_newline", "mirostat", "mirostat_tau",
            "mirostat_eta");
    private static final Set<String> OLLAMA_TOP = Set.of("think", "keep_alive", "format", "truncate", "tools",
            "passthrough", "max_tokens");
    /** Gemini's {@code generationConfig} members promptfoo takes from the config's top level. */
    static final Map<String, String> GEMINI_GENERATION = Map.of("temperature", "temperature", "topP", "topP",
            "top_p", "topP", "topK", "topK", "stopSequences", "stopSequences", "stop", "stopSequences",
            "maxOutputTokens", "maxOutputTokens", "max_tokens", "maxOutputTokens", "seed", "seed");
    private static final Set<String> GEMINI_TOP = Set.of("generationConfig", "safetySettings", "toolConfig", "tools",
            "passthrough");

    private ProviderConfig() {
    }

    /**
     * Why this key of the config cannot be sent as promptfoo sends it, or empty when it is sent.
     *
     * @param config the whole config, for the rules that depend on other keys
     */
    static Optional<String> refusal(ProviderKind kind, String model, String key, Map<String, ?> config) {
        if (config.get(key) instanceof String text && text.strip().startsWith("file://")) {
            return Optional.of("'" + key + "' names a file (" + text.strip() + "), which Promptsmith does not read "
                    + "yet; write its content in the config");
        }
        if (SETTINGS.contains(key) && kind != ProviderKind.HTTP && kind != ProviderKind.EXEC) {
            boolean everywhere = key.equals("apiBaseUrl") || key.equals("apiKeyEnvar");
            boolean openAi = (key.equals("apiHost") || key.equals("omitDefaults"))
                    && (kind == ProviderKind.OPENAI || kind == ProviderKind.AZURE
                    || kind == ProviderKind.OPENAI_RESPONSES);
            if (everywhere || openAi || key.equals("apiVersion") && kind == ProviderKind.AZURE) {
                return Optional.empty();
            }
        }
        return switch (kind) {
            case OPENAI -> openAi(model, key);
            case OPENAI_RESPONSES -> responses(model, key, config);
            case AZURE -> azure(model, key);
            case ANTHROPIC -> anthropic(key, config);
            case OLLAMA -> OLLAMA_OPTIONS.contains(key) || OLLAMA_TOP.contains(key) ? Optional.empty()
                    : Optional.of(notSent(key, "ollama:chat", "put request fields under 'passthrough' "
                            + "(options under 'passthrough.options')"));
            case GOOGLE -> GEMINI_GENERATION.containsKey(key) || GEMINI_TOP.contains(key) ? Optional.empty()
                    : Optional.of(notSent(key, "google", "put request fields under 'passthrough', "
                            + "generation options under 'generationConfig'"));
            case HTTP -> HttpProvider.refusal(key, config.get(key));
            case EXEC -> Optional.empty();
            case ECHO -> COMMON.contains(key) ? Optional.empty()
                    : Optional.of("the echo provider sends no request, so '" + key + "' would change nothing");
        };
    }

    private static Optional<String> openAi(String model, String key) {
        if (!OPENAI.contains(key)) {
            return Optional.of(notSent(key, "openai:chat", "put it under 'passthrough' to send it as it is"));
        }
        boolean reasoning = isReasoningModel(model);
        String plain = model.replaceFirst("(^|/)ft:", "$1");
        if (reasoning && (key.equals("max_tokens") || key.equals("temperature"))) {
            return Optional.of("'" + key + "' is not sent to the reasoning model " + model + " (promptfoo leaves it "
                    + "out for o1, o3, o4 and gpt-5 models)" + (key.equals("max_tokens")
                    ? "; use max_completion_tokens" : ""));
        }
        if (!reasoning && (key.equals("max_completion_tokens") || key.equals("reasoning_effort")
                && !plain.contains("gpt-oss"))) {
            return Optional.of("'" + key + "' is sent only to reasoning models (o1, o3, o4, gpt-5), not to " + model
                    + (key.equals("max_completion_tokens") ? "; use max_tokens" : ""));
        }
        if (key.equals("verbosity") && !isGpt5(plain)) {
            return Optional.of("'verbosity' is sent only to gpt-5 models, not to " + model);
        }
        if (key.equals("reasoning") && !isOSeries(plain)) {
            return Optional.of("'reasoning' is sent only to o1, o3 and o4 models, not to " + model);
        }
        return Optional.empty();
    }

    private static Optional<String> responses(String model, String key, Map<String, ?> config) {
        if (key.equals("max_tokens") || key.equals("max_completion_tokens")) {
            return Optional.of("'" + key + "' is not an option promptfoo's openai:responses provider sends; "
                    + "use max_output_tokens");
        }
        if (key.equals("background") || key.equals("webhook_url")) {
            return Optional.of("'" + key + "' is not supported: Promptsmith waits for each answer and does not poll "
                    + "background responses; leave it out");
        }
        if (!RESPONSES.contains(key)) {
            return Optional.of(notSent(key, "openai:responses", "put it under 'passthrough' to send it as it is"));
        }
        boolean reasoning = ResponsesBody.reasoningModel(model);
        String plain = model.replaceFirst("(^|/)ft:", "$1");
        if (reasoning && key.equals("temperature")) {
            return Optional.of("'temperature' is not sent to the reasoning model " + model + " (promptfoo leaves it "
                    + "out for o1, o3, o4 and gpt-5 models)");
        }
        if (!reasoning && (key.equals("reasoning") || key.equals("reasoning_effort"))) {
            return Optional.of("'" + key + "' is sent only to reasoning models (o1, o3, o4, gpt-5), not to " + model);
        }
        if (key.equals("verbosity") && !isGpt5(plain)) {
            return Optional.of("'verbosity' is sent only to gpt-5 models, not to " + model);
        }
        Object effort = config.get("reasoning") instanceof Map<?, ?> r && r.get("effort") != null ? r.get("effort")
                : config.get("reasoning_effort");
        if (key.equals("top_p") && reasoning && effort != null && !"none".equals(effort)) {
            return Optional.of("'top_p' is not sent together with a reasoning effort (promptfoo leaves it out)");
        }
        if (key.equals("stream") && !(config.get(key) instanceof Boolean)) {
            return Optional.of("'stream' must be true or false");
        }
        return Optional.empty();
    }

    private static Optional<String> azure(String deployment, String key) {
        if (!AZURE.contains(key)) {
            return Optional.of(notSent(key, "azure:chat", "put it under 'passthrough' to send it as it is"));
        }
        boolean reasoning = isReasoningModel(deployment.toLowerCase(java.util.Locale.ROOT));
        if (reasoning && key.equals("temperature")) {
            return Optional.of("'temperature' is not sent to the reasoning deployment " + deployment);
        }
        if (!reasoning && (key.equals("max_completion_tokens") || key.equals("reasoning_effort"))) {
            return Optional.of("'" + key + "' is sent only to reasoning deployments (o1, o3, o4, gpt-5), not to "
                    + deployment);
        }
        return Optional.empty();
    }

    private static Optional<String> anthropic(String key, Map<String, ?> config) {
        if (!ANTHROPIC.contains(key)) {
            return Optional.of(notSent(key, "anthropic:messages", "put request fields under 'extra_body'"));
        }
        boolean thinking = thinkingEnabled(config);
        if (thinking && (key.equals("temperature") || key.equals("top_k"))) {
            return Optional.of("'" + key + "' is not sent with extended thinking (promptfoo leaves it out)");
        }
        if (key.equals("temperature") && config.get("top_p") != null) {
            return Optional.of("'temperature' is not sent together with top_p (promptfoo leaves it out); "
                    + "keep one of them");
        }
        return Optional.empty();
    }

    static boolean thinkingEnabled(Map<String, ?> config) {
        return config.get("thinking") instanceof Map<?, ?> thinking && !"disabled".equals(thinking.get("type"));
    }

    private static String notSent(String key, String provider, String hint) {
        return "'" + key + "' is not an option promptfoo's " + provider + " provider sends; " + hint;
    }

    /** promptfoo's {@code isReasoningModel}: o1, o3, o4 and gpt-5 models, fine-tuned ones too. */
    static boolean isReasoningModel(String model) {
        String plain = model.replaceFirst("(^|/)ft:", "$1");
        return isOSeries(plain) || isGpt5(plain);
    }

    private static boolean isOSeries(String model) {
        return model.startsWith("o1") || model.startsWith("o3") || model.startsWith("o4") || model.contains("/o1")
                || model.contains("/o3") || model.contains("/o4");
    }

    static boolean isGpt5(String model) {
        return model.startsWith("gpt-5") || model.contains("/gpt-5");
    }
}
