package dev.promptsmith.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A call that asks for an answer in JSON of a schema, made as a prompt with its own parameters asks for it (the
 * generator's and the optimizer's meta-prompts): the prompt's temperature and token limit laid over the model's,
 * and its {@code response_format} where the model's wire takes one from the config: OpenAI-compatible servers as
 * {@code response_format}, Ollama the schema as {@code format}; the others are asked for JSON in the prompt.
 *
 * @param target  the model with the prompt's parameters laid over its own
 * @param request the messages, asking for JSON of the schema
 */
public record JsonSchemaRequest(ModelTarget target, ModelRequest request) {

    /**
     * @param parameters the prompt's own model parameters as promptfoo names them (a Prompty file's
     *                   {@code model.parameters}): {@code temperature}, {@code max_tokens} and
     *                   {@code response_format: {type: json_schema, json_schema: {name, schema}}}; anything but a map
     *                   is taken as none
     */
    public static JsonSchemaRequest of(ModelTarget model, List<ChatMessage> messages, Object parameters) {
        Map<String, Object> own = new LinkedHashMap<>();
        if (parameters instanceof Map<?, ?> map) {
            map.forEach((k, v) -> own.put(String.valueOf(k), v));
        }
        Map<String, Object> schema = schema(own);
        ModelRequest request = new ModelRequest(messages, number(own.get("temperature")), null,
                own.get("max_tokens") instanceof Number n ? n.intValue() : null, List.of(), null, true, schema);
        return new JsonSchemaRequest(withFormat(model, own, schema), request);
    }

    /** {@code response_format.json_schema.schema}, or {@code null}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema(Map<String, Object> parameters) {
        if (parameters.get("response_format") instanceof Map<?, ?> format
                && format.get("json_schema") instanceof Map<?, ?> jsonSchema
                && jsonSchema.get("schema") instanceof Map<?, ?> schema) {
            return (Map<String, Object>) schema;
        }
        return null;
    }

    private static ModelTarget withFormat(ModelTarget model, Map<String, Object> parameters, Map<String, Object> schema) {
        Map<String, Object> merged = new LinkedHashMap<>(model.parameters());
        // the prompt's own limits win over a target's defaults (promptfoo's 1024 tokens would cut a suite)
        for (String key : List.of("temperature", "max_tokens")) {
            if (parameters.get(key) != null && !(key.equals("max_tokens") && merged.containsKey("max_completion_tokens"))) {
                merged.put(key, parameters.get(key));
            }
        }
        switch (model.kind()) {
            case OPENAI, AZURE, OPENAI_RESPONSES -> {
                if (parameters.get("response_format") instanceof Map<?, ?> format) {
                    merged.put("response_format", format);
                }
            }
            case OLLAMA -> {
                if (schema != null) {
                    merged.put("format", schema);
                }
            }
            default -> {
            }
        }
        return new ModelTarget(model.id(), model.name(), model.kind(), model.modelName(), model.baseUrl(),
                model.apiKeyEnvar(), merged);
    }

    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }
}
