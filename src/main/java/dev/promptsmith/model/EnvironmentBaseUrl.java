package dev.promptsmith.model;

import java.util.function.UnaryOperator;

/**
 * The base URL a suite's provider takes from the environment when its config names none, as
 * promptfoo reads it: {@code OPENAI_API_HOST} (as {@code https://HOST/v1}), then
 * {@code OPENAI_API_BASE_URL}, then {@code OPENAI_BASE_URL}; {@code ANTHROPIC_BASE_URL};
 * {@code OLLAMA_BASE_URL}.
 */
final class EnvironmentBaseUrl {

    private EnvironmentBaseUrl() {
    }

    /** The URL, or {@code null} when the environment sets none for this provider. */
    static String of(ProviderKind kind, UnaryOperator<String> env) {
        return switch (kind) {
            case OPENAI, OPENAI_RESPONSES -> {
                String host = value(env, "OPENAI_API_HOST");
                if (host != null) {
                    yield "https://" + host + "/v1";
                }
                String url = value(env, "OPENAI_API_BASE_URL");
                yield url != null ? url : value(env, "OPENAI_BASE_URL");
            }
            case ANTHROPIC -> value(env, "ANTHROPIC_BASE_URL");
            case AZURE -> {
                for (String name : new String[] {"AZURE_API_BASE_URL", "AZURE_OPENAI_API_BASE_URL",
                        "AZURE_OPENAI_BASE_URL"}) {
                    if (value(env, name) != null) {
                        yield value(env, name);
                    }
                }
                String host = value(env, "AZURE_API_HOST") != null ? value(env, "AZURE_API_HOST")
                        : value(env, "AZURE_OPENAI_API_HOST");
                yield host == null ? null : "https://" + host.replaceFirst("^https?://", "").replaceFirst("/$", "");
            }
            case OLLAMA -> value(env, "OLLAMA_BASE_URL");
            case GOOGLE, ECHO, HTTP, EXEC -> null;
        };
    }

    private static String value(UnaryOperator<String> env, String name) {
        String value = env.apply(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
