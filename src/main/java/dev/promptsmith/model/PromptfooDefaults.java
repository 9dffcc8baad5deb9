package dev.promptsmith.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The request parameters promptfoo sends when a suite's provider config does not set them, and
 * the environment variables it reads them from (promptfoo's OpenAI {@code getOpenAiBody} and
 * Anthropic messages provider). Only for providers of a suite file: a model target stored in
 * Promptsmith keeps its own parameters.
 */
final class PromptfooDefaults {

    private PromptfooDefaults() {
    }

    /** The config with promptfoo's defaults added where it sets nothing. */
    static Map<String, Object> apply(ProviderKind kind, String model, Map<String, Object> config,
                                     UnaryOperator<String> env) {
        Map<String, Object> result = new LinkedHashMap<>(config);
        switch (kind) {
            case OPENAI -> openAi(model, result, env);
            case OPENAI_RESPONSES -> responses(model, result, env);
            case AZURE -> azure(model, result, env);
            case ANTHROPIC -> anthropic(result, env);
            default -> { }
        }
        return result;
    }

    private static void openAi(String model, Map<String, Object> config, UnaryOperator<String> env) {
        Object omitDefaults = config.remove("omitDefaults");
        boolean omit = omitDefaults != null && Boolean.parseBoolean(omitDefaults.toString());
        if (ProviderConfig.isReasoningModel(model)) {
            fromEnv(config, "max_completion_tokens", env, "OPENAI_MAX_COMPLETION_TOKENS", true, null);
        } else {
            fromEnv(config, "max_tokens", env, "OPENAI_MAX_TOKENS", true, omit ? null : 1024);
            fromEnv(config, "temperature", env, "OPENAI_TEMPERATURE", false, omit ? null : 0.0);
        }
        fromEnv(config, "top_p", env, "OPENAI_TOP_P", false, null);
        fromEnv(config, "presence_penalty", env, "OPENAI_PRESENCE_PENALTY", false, null);
        fromEnv(config, "frequency_penalty", env, "OPENAI_FREQUENCY_PENALTY", false, null);
    }

    /** promptfoo's Responses provider: max_output_tokens, and temperature for models that take one. */
    private static void responses(String model, Map<String, Object> config, UnaryOperator<String> env) {
        Object omitDefaults = config.remove("omitDefaults");
        boolean omit = omitDefaults != null && Boolean.parseBoolean(omitDefaults.toString());
        if (ResponsesBody.reasoningModel(model)) {
            fromEnv(config, "max_output_tokens", env, "OPENAI_MAX_COMPLETION_TOKENS", true, null);
            fromEnv(config, "max_output_tokens", env, "OPENAI_MAX_TOKENS", true, null);
        } else {
            fromEnv(config, "max_output_tokens", env, "OPENAI_MAX_TOKENS", true, omit ? null : 1024);
            fromEnv(config, "temperature", env, "OPENAI_TEMPERATURE", false, omit ? null : 0.0);
        }
        Object effort = config.get("reasoning") instanceof Map<?, ?> r && r.get("effort") != null ? r.get("effort")
                : config.get("reasoning_effort");
        if (effort == null || "none".equals(effort)) {
            fromEnv(config, "top_p", env, "OPENAI_TOP_P", false, null);
        }
    }

    /** promptfoo's Azure chat provider: OpenAI's variables, and top_p 1 and both penalties 0 unless omitted. */
    private static void azure(String deployment, Map<String, Object> config, UnaryOperator<String> env) {
        Object omitDefaults = config.remove("omitDefaults");
        boolean omit = omitDefaults != null && Boolean.parseBoolean(omitDefaults.toString());
        if (ProviderConfig.isReasoningModel(deployment.toLowerCase(java.util.Locale.ROOT))) {
            Object maxTokens = config.remove("max_tokens");
            if (config.get("max_completion_tokens") == null && maxTokens != null) {
                config.put("max_completion_tokens", maxTokens);
            }
            fromEnv(config, "max_completion_tokens", env, "OPENAI_MAX_COMPLETION_TOKENS", true, null);
            fromEnv(config, "max_completion_tokens", env, "OPENAI_MAX_TOKENS", true, omit ? null : 1024);
            if (!omit) {
                config.putIfAbsent("reasoning_effort", "medium");
            }
        } else {
            fromEnv(config, "max_tokens", env, "OPENAI_MAX_TOKENS", true, omit ? null : 1024);
            fromEnv(config, "temperature", env, "OPENAI_TEMPERATURE", false, omit ? null : 0.0);
        }
        fromEnv(config, "top_p", env, "OPENAI_TOP_P", false, omit ? null : 1.0);
        fromEnv(config, "presence_penalty", env, "OPENAI_PRESENCE_PENALTY", false, omit ? null : 0.0);
        fromEnv(config, "frequency_penalty", env, "OPENAI_FREQUENCY_PENALTY", false, omit ? null : 0.0);
    }

    private static void anthropic(Map<String, Object> config, UnaryOperator<String> env) {
        boolean thinking = ProviderConfig.thinkingEnabled(config);
        fromEnv(config, "max_tokens", env, "ANTHROPIC_MAX_TOKENS", true, thinking ? 2048 : 1024);
        if (!thinking && config.get("top_p") == null) {
            fromEnv(config, "temperature", env, "ANTHROPIC_TEMPERATURE", false, 0.0);
        }
    }

    private static void fromEnv(Map<String, Object> config, String key, UnaryOperator<String> env, String variable,
                                boolean whole, Number fallback) {
        if (config.get(key) != null) {
            return;
        }
        String text = env.apply(variable);
        if (text != null && !text.isBlank()) {
            try {
                config.put(key, whole ? (Object) Integer.valueOf(text.strip()) : (Object) Double.valueOf(text.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(variable + " must be a " + (whole ? "whole " : "") + "number, not '"
                        + text + "'");
            }
        } else if (fallback != null) {
            config.put(key, fallback);
        }
    }
}
