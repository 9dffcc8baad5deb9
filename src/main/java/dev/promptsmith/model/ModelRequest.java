package dev.promptsmith.model;

import java.util.List;
import java.util.Map;

/**
 * What is sent to a model. Parameters left {@code null} take the model target's values, then
 * the provider's defaults.
 *
 * @param jsonSchema with {@code json}, a JSON Schema the answer must follow (where the provider supports it)
 */
public record ModelRequest(List<ChatMessage> messages, Double temperature, Double topP, Integer maxTokens,
                           List<String> stop, Integer seed, boolean json, Map<String, Object> jsonSchema) {

    public ModelRequest {
        messages = List.copyOf(messages);
        stop = stop == null ? List.of() : List.copyOf(stop);
    }

    public static ModelRequest of(List<ChatMessage> messages) {
        return new ModelRequest(messages, null, null, null, List.of(), null, false, null);
    }

    public ModelRequest withMaxTokens(Integer value) {
        return new ModelRequest(messages, temperature, topP, value, stop, seed, json, jsonSchema);
    }

    public ModelRequest withTemperature(Double value) {
        return new ModelRequest(messages, value, topP, maxTokens, stop, seed, json, jsonSchema);
    }
}
