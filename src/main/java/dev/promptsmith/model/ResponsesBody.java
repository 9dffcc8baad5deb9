package dev.promptsmith.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of a Responses API call ({@code POST {base}/responses}) as promptfoo's
 * {@code openai:responses} provider builds it ({@code getOpenAiBody}), in its order: the prompt as
 * {@code input}, the config's options under their Responses names ({@code response_format} becomes
 * {@code text.format}, a chat-style function tool is flattened), {@code passthrough} last. A
 * request's own temperature, top_p and token limit take the place of the config's; the Responses
 * API has no seed or stop sequences, so a request's are not sent.
 */
final class ResponsesBody {

    private ResponsesBody() {
    }

    /** @param stream whether this call reads the answer as server-sent events */
    static Map<String, Object> of(ModelTarget target, ModelRequest request, boolean stream) {
        Map<String, Object> config = new LinkedHashMap<>(target.parameters());
        ProviderConfig.SETTINGS.forEach(config::remove);
        boolean reasoningModel = reasoningModel(target.modelName());
        if (request.temperature() != null) {
            config.put("temperature", request.temperature());
        }
        if (request.topP() != null) {
            config.put("top_p", request.topP());
        }
        if (request.maxTokens() != null) {
            config.put("max_output_tokens", request.maxTokens());
        }
        Object reasoning = config.get("reasoning");
        Object effort = !reasoningModel ? null : reasoning instanceof Map<?, ?> r && r.get("effort") != null
                ? r.get("effort") : config.get("reasoning_effort");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", target.modelName());
        body.put("input", input(request));
        put(body, "max_output_tokens", config.get("max_output_tokens"));
        if (truthy(effort)) {
            body.put("reasoning", new LinkedHashMap<>(Map.of("effort", effort)));
        }
        if (!reasoningModel) {
            put(body, "temperature", config.get("temperature"));
        }
        if (truthy(config.get("instructions"))) {
            body.put("instructions", config.get("instructions"));
        }
        if ((effort == null || "none".equals(effort)) && config.get("top_p") != null) {
            body.put("top_p", config.get("top_p"));
        }
        if (config.get("tools") instanceof List<?> tools) {
            body.put("tools", tools.stream().map(ResponsesBody::tool).toList());
        } else {
            put(body, "tools", config.get("tools"));
        }
        if (truthy(config.get("tool_choice"))) {
            body.put("tool_choice", toolChoice(config.get("tool_choice")));
        }
        putTruthy(body, config, "max_tool_calls");
        put(body, "include", config.get("include"));
        putTruthy(body, config, "previous_response_id");
        body.put("text", text(config, request, target.modelName()));
        putTruthy(body, config, "truncation");
        putTruthy(body, config, "metadata");
        if (config.containsKey("parallel_tool_calls")) {
            body.put("parallel_tool_calls", truthy(config.get("parallel_tool_calls")));
        }
        if (stream) {
            body.put("stream", true);
        }
        if (config.containsKey("store")) {
            body.put("store", truthy(config.get("store")));
        }
        putTruthy(body, config, "user");
        putTruthy(body, config, "service_tier");
        put(body, "prompt_cache_key", config.get("prompt_cache_key"));
        put(body, "prompt_cache_options", config.get("prompt_cache_options"));
        put(body, "prompt_cache_retention", config.get("prompt_cache_retention"));
        if (config.get("passthrough") instanceof Map<?, ?> passthrough) {
            passthrough.forEach((key, value) -> body.put(String.valueOf(key), value));
        }
        if (reasoningModel && reasoning instanceof Map<?, ?> more) {
            Map<String, Object> merged = body.get("reasoning") instanceof Map<?, ?> existing
                    ? new LinkedHashMap<>(strings(existing)) : new LinkedHashMap<>();
            more.forEach((key, value) -> merged.put(String.valueOf(key), value));
            body.put("reasoning", merged);
        }
        body.remove("max_tokens");
        return body;
    }

    /** promptfoo's {@code isReasoningModel} of the Responses provider. */
    static boolean reasoningModel(String model) {
        return ProviderConfig.isReasoningModel(model) || model.equals("codex-mini-latest");
    }

    /**
     * promptfoo sends the prompt text as it is, or the messages when the prompt is a JSON chat: one
     * user message is the text, more are the chat.
     */
    private static Object input(ModelRequest request) {
        List<ChatMessage> messages = request.messages();
        if (messages.size() == 1 && messages.getFirst().role() == dev.promptsmith.shared.Role.USER) {
            return messages.getFirst().text();
        }
        return messages.stream().map(m -> {
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("role", m.role().name().toLowerCase(java.util.Locale.ROOT));
            message.put("content", m.text());
            return message;
        }).toList();
    }

    /** A chat-style {@code {type: function, function: {...}}} tool becomes {@code {type: function, name, ...}}. */
    private static Object tool(Object tool) {
        if (!(tool instanceof Map<?, ?> map) || !"function".equals(map.get("type"))
                || !(map.get("function") instanceof Map<?, ?> function)) {
            return tool;
        }
        Map<String, Object> flat = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (!"function".equals(key)) {
                flat.put(String.valueOf(key), value);
            }
        });
        function.forEach((key, value) -> flat.put(String.valueOf(key), value));
        return flat;
    }

    private static Object toolChoice(Object choice) {
        if (choice instanceof Map<?, ?> map && "function".equals(map.get("type"))
                && map.get("function") instanceof Map<?, ?> function && function.get("name") != null) {
            Map<String, Object> named = new LinkedHashMap<>();
            named.put("type", "function");
            named.put("name", function.get("name"));
            return named;
        }
        return choice;
    }

    /** {@code text.format} from response_format (or the request's JSON mode), with gpt-5's verbosity. */
    private static Map<String, Object> text(Map<String, Object> config, ModelRequest request, String model) {
        Map<String, Object> format = new LinkedHashMap<>();
        Object responseFormat = config.get("response_format");
        if (responseFormat == null && request.json()) {
            responseFormat = request.jsonSchema() == null ? Map.of("type", "json_object")
                    : Map.of("type", "json_schema", "schema", request.jsonSchema());
        }
        Map<?, ?> given = responseFormat instanceof Map<?, ?> map ? map : Map.of();
        if ("json_object".equals(given.get("type"))) {
            format.put("type", "json_object");
        } else if ("json_schema".equals(given.get("type"))) {
            Map<?, ?> jsonSchema = given.get("json_schema") instanceof Map<?, ?> nested ? nested : Map.of();
            format.put("type", "json_schema");
            Object name = truthy(jsonSchema.get("name")) ? jsonSchema.get("name")
                    : truthy(given.get("name")) ? given.get("name") : "response_schema";
            format.put("name", name);
            Object schema = truthy(given.get("schema")) ? given.get("schema") : jsonSchema.get("schema");
            put(format, "schema", schema);
            format.put("strict", true);
        } else {
            format.put("type", "text");
        }
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("format", format);
        if (ProviderConfig.isGpt5(model.replaceFirst("(^|/)ft:", "$1")) && truthy(config.get("verbosity"))) {
            text.put("verbosity", config.get("verbosity"));
        }
        return text;
    }

    private static void put(Map<String, Object> body, String key, Object value) {
        if (value != null) {
            body.put(key, value);
        }
    }

    private static void putTruthy(Map<String, Object> body, Map<String, Object> config, String key) {
        if (truthy(config.get(key))) {
            body.put(key, config.get(key));
        }
    }

    /** JavaScript's truthiness, which decides whether promptfoo sends a field. */
    static boolean truthy(Object value) {
        if (value == null || Boolean.FALSE.equals(value) || "".equals(value)) {
            return false;
        }
        return !(value instanceof Number number) || number.doubleValue() != 0 && !Double.isNaN(number.doubleValue());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> strings(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
