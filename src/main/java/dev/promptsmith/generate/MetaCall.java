package dev.promptsmith.generate;

import dev.promptsmith.check.json.JsonOutcome;
import dev.promptsmith.check.json.JsonRepair;
import dev.promptsmith.check.json.RepairResult;
import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.JsonSchemaRequest;
import dev.promptsmith.model.ModelGateway;
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
 * temperature, token limit and JSON schema response format laid over the chosen model's, as
 * {@link JsonSchemaRequest} lays them), and the answer read
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
        JsonSchemaRequest call = JsonSchemaRequest.of(model, messages, prompt.model().get("parameters"));
        ModelResponse response = gateway.call(call.target(), call.request());
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
}
