package dev.promptsmith.ui.models;

import dev.promptsmith.model.ProviderKind;

/**
 * What a call uses when a model's temperature or token limit is left empty (and the prompt sets
 * none either): Promptsmith sends nothing, so the server's default applies, except Anthropic's
 * required token limit, which Promptsmith fills in.
 */
final class ParameterDefaults {

    private ParameterDefaults() {
    }

    static String temperature(ProviderKind kind) {
        return switch (kind) {
            case OPENAI, OPENAI_RESPONSES, AZURE -> "default: 1 at OpenAI, the server's own elsewhere";
            case ANTHROPIC -> "default: 1";
            case OLLAMA -> "default: the model file's, else 0.8";
            default -> "default: the model's";
        };
    }

    static String maxTokens(ProviderKind kind) {
        return switch (kind) {
            case ANTHROPIC -> "default: 4096";
            default -> "default: no limit but the model's";
        };
    }
}
