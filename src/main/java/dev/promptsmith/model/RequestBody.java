package dev.promptsmith.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a target's config, in the places of its provider's request body where promptfoo
 * puts them, laid over the body LangChain4j builds: LangChain4j writes the messages and what it
 * knows, the config has the last word on every option it names.
 */
final class RequestBody {

    private RequestBody() {
    }

    /** The fields this call's body gets: the target's options, under this request's own parameters. */
    static BodyOverlay overlay(ModelTarget target, ModelRequest request) {
        return BodyOverlay.of(fields(target, request));
    }

    private static Map<String, Object> fields(ModelTarget target, ModelRequest request) {
        Map<String, Object> options = new LinkedHashMap<>(target.parameters());
        ProviderConfig.SETTINGS.forEach(options::remove);
        put(options, "temperature", request.temperature());
        put(options, "top_p", request.topP());
        put(options, "max_tokens", request.maxTokens());
        put(options, "seed", request.seed());
        put(options, "stop", request.stop().isEmpty() ? null : request.stop());
        return switch (target.kind()) {
            case OPENAI, AZURE -> openAi(options);
            case ANTHROPIC -> anthropic(options);
            case OLLAMA -> ollama(options);
            case GOOGLE -> gemini(options);
            case ECHO, HTTP, EXEC, OPENAI_RESPONSES -> Map.of();
        };
    }

    private static Map<String, Object> openAi(Map<String, Object> options) {
        Object passthrough = options.remove("passthrough");
        Map<String, Object> body = new LinkedHashMap<>(options);
        if (passthrough instanceof Map<?, ?> map) {
            map.forEach((key, value) -> body.put(String.valueOf(key), value));
        }
        return body;
    }

    private static Map<String, Object> anthropic(Map<String, Object> options) {
        Object extra = options.remove("extra_body");
        Object stop = options.remove("stop");
        options.remove("seed");
        Map<String, Object> body = new LinkedHashMap<>(options);
        if (stop != null && !body.containsKey("stop_sequences")) {
            body.put("stop_sequences", stop instanceof List<?> ? stop : List.of(stop));
        }
        Object effort = body.remove("effort");
        if (effort != null) {
            body.put("output_config", Map.of("effort", effort));
        }
        if (extra instanceof Map<?, ?> map) {
            map.forEach((key, value) -> body.put(String.valueOf(key), value));
        }
        return body;
    }

    private static Map<String, Object> ollama(Map<String, Object> options) {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> nested = new LinkedHashMap<>();
        Object passthrough = options.remove("passthrough");
        Object maxTokens = options.remove("max_tokens");
        if (maxTokens != null && !options.containsKey("num_predict")) {
            nested.put("num_predict", maxTokens);
        }
        options.forEach((key, value) -> {
            if (ProviderConfig.OLLAMA_OPTIONS.contains(key)) {
                nested.put(key, value);
            } else {
                body.put(key, value);
            }
        });
        if (passthrough instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("options".equals(key) && value instanceof Map<?, ?> more) {
                    more.forEach((name, option) -> nested.put(String.valueOf(name), option));
                } else {
                    body.put(String.valueOf(key), value);
                }
            });
        }
        if (!nested.isEmpty()) {
            body.put("options", nested);
        }
        return body;
    }

    private static Map<String, Object> gemini(Map<String, Object> options) {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> generation = new LinkedHashMap<>();
        Object passthrough = options.remove("passthrough");
        Object explicit = options.remove("generationConfig");
        options.forEach((key, value) -> {
            String name = ProviderConfig.GEMINI_GENERATION.get(key);
            if (name != null) {
                generation.put(name, name.equals("stopSequences") && !(value instanceof List<?>) ? List.of(value)
                        : value);
            } else {
                body.put(key, value);
            }
        });
        if (explicit instanceof Map<?, ?> map) {
            map.forEach((key, value) -> generation.put(String.valueOf(key), value));
        }
        if (!generation.isEmpty()) {
            body.put("generationConfig", generation);
        }
        if (passthrough instanceof Map<?, ?> map) {
            map.forEach((key, value) -> body.put(String.valueOf(key), value));
        }
        return body;
    }

    private static void put(Map<String, Object> options, String key, Object value) {
        if (value != null) {
            options.put(key, value);
        }
    }

    /**
     * The JSON body with the overlay's fields merged in: objects member by member, anything else
     * replaced, new members after the body's own. The body's text is kept where nothing changes;
     * only the members the overlay names are located (by a streaming read, no tree of the body).
     */
    static String merge(String body, BodyOverlay overlay) {
        if (overlay.isEmpty() || body == null || !body.stripLeading().startsWith("{")) {
            return body;
        }
        return JsonSplice.merge(body, overlay.fields(), overlay.written());
    }
}
