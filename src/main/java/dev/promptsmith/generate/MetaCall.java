package dev.promptsmith.generate;

import dev.promptsmith.check.json.JsonOutcome;
import dev.promptsmith.check.json.JsonRepair;
import dev.promptsmith.check.json.RepairResult;
import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelGateway;
import dev.promptsmith.model.ModelRequest;
import dev.promptsmith.model.ModelResponse;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.prompt.PromptDocument;
import dev.promptsmith.prompt.PromptRenderer;
import dev.promptsmith.prompt.RenderException;
import dev.promptsmith.shared.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One call of a meta-prompt: rendered with its values, sent with the meta-prompt's own parameters (its
 * temperature, token limit and JSON schema response format laid over the chosen model's), and the answer read
 * as a JSON object; an answer cut at the token limit, or broken, is repaired and the repair reported.
 */
final class MetaCall {

    private final MetaPrompts metaPrompts;
    private final ModelGateway gateway;
    private final PromptRenderer renderer = new PromptRenderer();

    MetaCall(MetaPrompts metaPrompts, ModelGateway gateway) {
        this.metaPrompts = metaPrompts;
        this.gateway = gateway;
    }

    /** The answer as a JSON object, with what had to be repaired; empty when nothing usable came back. */
    record Answer(Map<String, Object> json, List<Problem> problems) {

        boolean usable() {
            return json != null;
        }
    }

    /**
     * @throws dev.promptsmith.model.ModelException when the call fails
     * @throws IllegalStateException when the meta-prompt does not render, naming it
     */
    Answer ask(String metaPrompt, Map<String, ?> values, ModelTarget model) {
        PromptDocument prompt = metaPrompts.latest(metaPrompt);
        List<ChatMessage> messages;
        try {
            messages = renderer.render(prompt, values).stream().map(m -> new ChatMessage(m.role(), m.text())).toList();
        } catch (RenderException e) {
            throw new IllegalStateException("prompts/" + metaPrompt + ".prompty does not render: " + e.getMessage(), e);
        }
        Map<String, Object> parameters = parameters(prompt);
        Map<String, Object> schema = schema(parameters);
        ModelRequest request = new ModelRequest(messages, number(parameters.get("temperature")), null,
                parameters.get("max_tokens") instanceof Number n ? n.intValue() : null, List.of(), null,
                true, schema);
        ModelResponse response = gateway.call(withFormat(model, parameters, schema), request);
        return read(metaPrompt, response);
    }

    static Answer read(String metaPrompt, ModelResponse response) {
        List<Problem> problems = new ArrayList<>();
        String where = "the answer to " + metaPrompt;
        RepairResult repaired = JsonRepair.repair(response.text(), response.truncated());
        if (!repaired.usable() || !repaired.structured()) {
            problems.add(new Problem(where, "is not JSON" + (repaired.problem() == null ? "" : ": " + repaired.problem())));
            return new Answer(null, problems);
        }
        if (repaired.outcome() == JsonOutcome.TRUNCATED) {
            problems.add(new Problem(where, "was cut off" + (response.truncated() ? " at the token limit" : "")
                    + " and completed: " + String.join("; ", repaired.fixDescriptions())
                    + "; the last parts may be missing"));
        } else if (repaired.outcome() == JsonOutcome.REPAIRED) {
            problems.add(new Problem(where, "was repaired: " + String.join("; ", repaired.fixDescriptions())));
        }
        Object value = Json.readList("[" + repaired.json() + "]").getFirst();
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(new Problem(where, "is a JSON array, not the object asked for"));
            return new Answer(null, problems);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        map.forEach((k, v) -> json.put(String.valueOf(k), v));
        return new Answer(json, problems);
    }

    private static Map<String, Object> parameters(PromptDocument prompt) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (prompt.model().get("parameters") instanceof Map<?, ?> map) {
            map.forEach((k, v) -> parameters.put(String.valueOf(k), v));
        }
        return parameters;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema(Map<String, Object> parameters) {
        if (parameters.get("response_format") instanceof Map<?, ?> format
                && format.get("json_schema") instanceof Map<?, ?> jsonSchema
                && jsonSchema.get("schema") instanceof Map<?, ?> schema) {
            return (Map<String, Object>) schema;
        }
        return null;
    }

    /**
     * The model with the meta-prompt's response format where its wire takes one from the config: OpenAI-compatible
     * servers as {@code response_format}, Ollama as {@code format}; the others are asked for JSON in the prompt.
     * Its temperature and token limit are laid over the target's too.
     */
    private static ModelTarget withFormat(ModelTarget model, Map<String, Object> parameters, Map<String, Object> schema) {
        Map<String, Object> merged = new LinkedHashMap<>(model.parameters());
        // the meta-prompt's own limits win over a target's defaults (promptfoo's 1024 tokens would cut a suite)
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
