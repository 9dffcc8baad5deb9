package dev.promptsmith.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads promptfoo provider ids ({@code openai:chat:gpt-4o-mini}, {@code anthropic:messages:MODEL},
 * {@code google:MODEL}, {@code ollama:chat:MODEL}, {@code echo}, and hosted OpenAI-compatible
 * services such as {@code groq:MODEL}) with their {@code config} into model targets.
 */
public final class ProviderIds {

    private static final Set<String> PARAMETERS = Set.of("temperature", "max_tokens", "top_p", "seed", "stop");
    private static final Map<String, String[]> COMPATIBLE = Map.of(
            "groq", new String[] {"https://api.groq.com/openai/v1", "GROQ_API_KEY"},
            "mistral", new String[] {"https://api.mistral.ai/v1", "MISTRAL_API_KEY"},
            "deepseek", new String[] {"https://api.deepseek.com/v1", "DEEPSEEK_API_KEY"},
            "openrouter", new String[] {"https://openrouter.ai/api/v1", "OPENROUTER_API_KEY"});

    private ProviderIds() {
    }

    /**
     * A provider entry of a suite file: {@code {id, label, config}}.
     *
     * @throws IllegalArgumentException naming the id when it is not one Promptsmith supports
     */
    public static ModelTarget parse(Map<String, Object> provider) {
        Map<String, ?> config = provider.get("config") instanceof Map<?, ?> c ? asStrings(c) : Map.of();
        Object label = provider.get("label");
        return parse(String.valueOf(provider.get("id")), label == null ? null : label.toString(), config);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> asStrings(Map<?, ?> map) {
        return (Map<String, ?>) map;
    }

    /**
     * @param label  the name to show, or {@code null} to use the id
     * @param config promptfoo's provider {@code config}: apiBaseUrl, apiKeyEnvar, temperature, max_tokens ...
     * @throws IllegalArgumentException naming the id when it is not one Promptsmith supports
     */
    public static ModelTarget parse(String id, String label, Map<String, ?> config) {
        String trimmed = id == null ? "" : id.strip();
        Map<String, ?> settings = config == null ? Map.of() : config;
        String[] parts = trimmed.split(":", 3);
        String provider = parts[0];
        String baseUrl = text(settings.get("apiBaseUrl"));
        String envar = text(settings.get("apiKeyEnvar"));
        ProviderKind kind;
        String model;
        if (trimmed.equals("echo")) {
            kind = ProviderKind.ECHO;
            model = "echo";
        } else if (COMPATIBLE.containsKey(provider) && parts.length >= 2) {
            kind = ProviderKind.OPENAI;
            model = trimmed.substring(provider.length() + 1).replaceFirst("^chat:", "");
            // the service's variable goes to the service's URL: a suite that points groq: elsewhere
            // gets GROQ_API_KEY only by naming it
            if (baseUrl == null) {
                baseUrl = COMPATIBLE.get(provider)[0];
                envar = envar == null ? COMPATIBLE.get(provider)[1] : envar;
            }
        } else {
            kind = switch (provider) {
                case "openai" -> ProviderKind.OPENAI;
                case "anthropic" -> ProviderKind.ANTHROPIC;
                case "google" -> ProviderKind.GOOGLE;
                case "ollama" -> ProviderKind.OLLAMA;
                default -> throw unsupported(trimmed);
            };
            model = model(trimmed, kind, parts);
        }
        if (model.isBlank()) {
            throw unsupported(trimmed);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        settings.forEach((key, value) -> {
            if (PARAMETERS.contains(key) && value != null) {
                parameters.put(key, value);
            }
        });
        return new ModelTarget(null, label == null || label.isBlank() ? trimmed : label.strip(), kind, model,
                baseUrl, envar, parameters);
    }

    private static String model(String id, ProviderKind kind, String[] parts) {
        if (parts.length == 2) {
            return parts[1];
        }
        if (parts.length == 3) {
            String expected = switch (kind) {
                case OPENAI, OLLAMA -> "chat";
                case ANTHROPIC -> "messages";
                case GOOGLE -> "chat";
                case ECHO -> "";
            };
            if (!parts[1].equals(expected)) {
                throw unsupported(id);
            }
            return parts[2];
        }
        return "";
    }

    private static IllegalArgumentException unsupported(String id) {
        return new IllegalArgumentException("provider '" + id + "' is not supported: use openai:chat:MODEL "
                + "(with config.apiBaseUrl for compatible servers), anthropic:messages:MODEL, google:MODEL, "
                + "ollama:chat:MODEL or echo");
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
