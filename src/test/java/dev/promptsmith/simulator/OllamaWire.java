package dev.promptsmith.simulator;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Ollama's /api/chat: one JSON object, or newline-delimited JSON when streaming (the default). */
final class OllamaWire implements Wire {

    @Override
    public String model(JsonNode body, String path) {
        return body.path("model").asString("");
    }

    @Override
    public boolean stream(JsonNode body, String path) {
        return body.path("stream").asBoolean(true);
    }

    @Override
    public Integer maxTokens(JsonNode body) {
        return Wire.integer(body.path("options").get("num_predict"));
    }

    @Override
    public String streamContentType() {
        return "application/x-ndjson";
    }

    private static ObjectNode line(Answer answer, String content, boolean done) {
        ObjectNode node = Wire.object();
        node.put("model", answer.model());
        node.put("created_at", Instant.now().toString());
        node.putObject("message").put("role", "assistant").put("content", content);
        node.put("done", done);
        if (done) {
            node.put("done_reason", answer.finish() == Reply.Finish.LENGTH ? "length" : "stop");
            node.put("total_duration", 1_000_000);
            node.put("prompt_eval_count", answer.inputTokens());
            node.put("eval_count", answer.outputTokens());
        }
        return node;
    }

    @Override
    public String blocking(Answer answer) {
        return line(answer, answer.text(), true).toString();
    }

    @Override
    public List<String> start(Answer answer) {
        return List.of();
    }

    @Override
    public String chunk(Answer answer, int index, String text) {
        return line(answer, text, false) + "\n";
    }

    @Override
    public List<String> end(Answer answer, JsonNode request) {
        return List.of(line(answer, "", true) + "\n");
    }

    @Override
    public String error(int status, String message) {
        return Wire.object().put("error", message).toString();
    }
}
