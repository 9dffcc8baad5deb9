package dev.promptsmith.simulator;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Anthropic Messages, blocking and as named server-sent events. */
final class AnthropicWire implements Wire {

    @Override
    public String model(JsonNode body, String path) {
        return body.path("model").asString("");
    }

    @Override
    public boolean stream(JsonNode body, String path) {
        return body.path("stream").asBoolean(false);
    }

    @Override
    public Integer maxTokens(JsonNode body) {
        return Wire.integer(body.get("max_tokens"));
    }

    @Override
    public String streamContentType() {
        return "text/event-stream";
    }

    private static String stopReason(Reply.Finish finish) {
        return switch (finish) {
            case STOP -> "end_turn";
            case LENGTH -> "max_tokens";
            case CONTENT_FILTER -> "refusal";
        };
    }

    private static ObjectNode message(Answer answer, boolean complete) {
        ObjectNode node = Wire.object();
        node.put("id", answer.id());
        node.put("type", "message");
        node.put("role", "assistant");
        node.put("model", answer.model());
        var content = node.putArray("content");
        if (complete) {
            content.addObject().put("type", "text").put("text", answer.text());
            node.put("stop_reason", stopReason(answer.finish()));
        } else {
            node.putNull("stop_reason");
        }
        node.putNull("stop_sequence");
        ObjectNode usage = node.putObject("usage");
        usage.put("input_tokens", answer.inputTokens());
        usage.put("output_tokens", complete ? answer.outputTokens() : 1);
        return node;
    }

    @Override
    public String blocking(Answer answer) {
        return message(answer, true).toString();
    }

    @Override
    public List<String> start(Answer answer) {
        ObjectNode start = Wire.object();
        start.put("type", "message_start");
        start.set("message", message(answer, false));
        ObjectNode block = Wire.object();
        block.put("type", "content_block_start");
        block.put("index", 0);
        block.putObject("content_block").put("type", "text").put("text", "");
        return List.of(Wire.sse("message_start", start), Wire.sse("content_block_start", block));
    }

    @Override
    public String chunk(Answer answer, int index, String text) {
        ObjectNode delta = Wire.object();
        delta.put("type", "content_block_delta");
        delta.put("index", 0);
        delta.putObject("delta").put("type", "text_delta").put("text", text);
        return Wire.sse("content_block_delta", delta);
    }

    @Override
    public List<String> end(Answer answer, JsonNode request) {
        ObjectNode stop = Wire.object();
        stop.put("type", "content_block_stop");
        stop.put("index", 0);
        ObjectNode delta = Wire.object();
        delta.put("type", "message_delta");
        ObjectNode inner = delta.putObject("delta");
        inner.put("stop_reason", stopReason(answer.finish()));
        inner.putNull("stop_sequence");
        delta.putObject("usage").put("output_tokens", answer.outputTokens());
        ObjectNode end = Wire.object();
        end.put("type", "message_stop");
        return List.of(Wire.sse("content_block_stop", stop), Wire.sse("message_delta", delta),
                Wire.sse("message_stop", end));
    }

    @Override
    public String error(int status, String message) {
        ObjectNode node = Wire.object();
        node.put("type", "error");
        String type = switch (status) {
            case 400, 404, 413, 422 -> "invalid_request_error";
            case 401, 403 -> "authentication_error";
            case 429 -> "rate_limit_error";
            case 529 -> "overloaded_error";
            default -> "api_error";
        };
        node.putObject("error").put("type", type).put("message", message);
        return node.toString();
    }
}
