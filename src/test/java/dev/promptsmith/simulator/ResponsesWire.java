package dev.promptsmith.simulator;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * OpenAI's Responses API ({@code POST /v1/responses}), blocking and as server-sent events: the answer is
 * one assistant message of {@code output_text} and a {@code function_call} item for each tool call (the
 * message only when there is text or no call); an answer cut at {@code max_output_tokens} is
 * {@code incomplete} with that reason; a stream sends {@code response.created}, one
 * {@code response.output_text.delta} a chunk, then {@code response.completed} (or
 * {@code response.incomplete}) with the whole response.
 */
final class ResponsesWire implements Wire {

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
        return Wire.integer(body.get("max_output_tokens"));
    }

    @Override
    public String streamContentType() {
        return "text/event-stream";
    }

    private static ObjectNode response(Answer answer, String status, boolean withOutput) {
        ObjectNode node = Wire.object();
        node.put("id", "resp_" + answer.id());
        node.put("object", "response");
        node.put("created_at", System.currentTimeMillis() / 1000);
        node.put("status", status);
        if (status.equals("incomplete")) {
            node.putObject("incomplete_details").put("reason",
                    answer.finish() == Reply.Finish.CONTENT_FILTER ? "content_filter" : "max_output_tokens");
        } else {
            node.putNull("incomplete_details");
        }
        node.put("model", answer.model());
        var output = node.putArray("output");
        if (withOutput) {
            if (answer.toolCalls().isEmpty() || !answer.text().isEmpty()) {
                message(output.addObject(), answer, status);
            }
            for (int i = 0; i < answer.toolCalls().size(); i++) {
                ObjectNode call = output.addObject();
                call.put("type", "function_call");
                call.put("id", "fc_" + i);
                call.put("call_id", "call_" + i);
                call.put("name", answer.toolCalls().get(i).name());
                call.put("arguments", answer.toolCalls().get(i).arguments());
                call.put("status", "completed");
            }
            ObjectNode usage = node.putObject("usage");
            usage.put("input_tokens", answer.inputTokens());
            usage.put("output_tokens", answer.outputTokens());
            usage.put("total_tokens", answer.inputTokens() + answer.outputTokens());
        }
        return node;
    }

    private static void message(ObjectNode message, Answer answer, String status) {
        message.put("type", "message");
        message.put("id", "msg_" + answer.id());
        message.put("status", status.equals("completed") ? "completed" : "incomplete");
        message.put("role", "assistant");
        ObjectNode text = message.putArray("content").addObject();
        text.put("type", "output_text");
        text.put("text", answer.text());
        text.putArray("annotations");
    }

    private static String status(Answer answer) {
        return answer.finish() == Reply.Finish.STOP ? "completed" : "incomplete";
    }

    @Override
    public String blocking(Answer answer) {
        return response(answer, status(answer), true).toString();
    }

    @Override
    public List<String> start(Answer answer) {
        ObjectNode event = Wire.object();
        event.put("type", "response.created");
        event.set("response", response(answer, "in_progress", false));
        return List.of(Wire.sse("response.created", event));
    }

    @Override
    public String chunk(Answer answer, int index, String text) {
        ObjectNode event = Wire.object();
        event.put("type", "response.output_text.delta");
        event.put("item_id", "msg_" + answer.id());
        event.put("output_index", 0);
        event.put("content_index", 0);
        event.put("delta", text);
        return Wire.sse("response.output_text.delta", event);
    }

    @Override
    public List<String> end(Answer answer, JsonNode request) {
        String status = status(answer);
        ObjectNode event = Wire.object();
        event.put("type", "response." + status);
        event.set("response", response(answer, status, true));
        return List.of(Wire.sse("response." + status, event));
    }

    @Override
    public String error(int status, String message) {
        return new OpenAiWire().error(status, message);
    }
}
