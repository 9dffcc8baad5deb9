package dev.promptsmith.simulator;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** OpenAI Chat Completions, blocking and as server-sent events. */
final class OpenAiWire implements Wire {

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
        Integer max = Wire.integer(body.get("max_tokens"));
        return max != null ? max : Wire.integer(body.get("max_completion_tokens"));
    }

    @Override
    public String streamContentType() {
        return "text/event-stream";
    }

    private static String finish(Reply.Finish finish) {
        return switch (finish) {
            case STOP -> "stop";
            case LENGTH -> "length";
            case CONTENT_FILTER -> "content_filter";
        };
    }

    private static ObjectNode head(Answer answer, String object) {
        ObjectNode node = Wire.object();
        node.put("id", answer.id());
        node.put("object", object);
        node.put("created", System.currentTimeMillis() / 1000);
        node.put("model", answer.model());
        return node;
    }

    private static ObjectNode usage(Answer answer) {
        ObjectNode usage = Wire.object();
        usage.put("prompt_tokens", answer.inputTokens());
        usage.put("completion_tokens", answer.outputTokens());
        usage.put("total_tokens", answer.inputTokens() + answer.outputTokens());
        return usage;
    }

    @Override
    public String blocking(Answer answer) {
        ObjectNode node = head(answer, "chat.completion");
        ObjectNode choice = node.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        List<Reply.ToolCall> calls = answer.toolCalls();
        if (calls.isEmpty() || !answer.text().isEmpty()) {
            message.put("content", answer.text());
        } else {
            message.putNull("content");
        }
        String finish = finish(answer.finish());
        if (!calls.isEmpty() && answer.functionCall()) {
            message.putObject("function_call").put("name", calls.getFirst().name())
                    .put("arguments", calls.getFirst().arguments());
            finish = answer.finish() == Reply.Finish.STOP ? "function_call" : finish;
        } else if (!calls.isEmpty()) {
            var toolCalls = message.putArray("tool_calls");
            for (int i = 0; i < calls.size(); i++) {
                ObjectNode call = toolCalls.addObject();
                call.put("id", "call_" + i);
                call.put("type", "function");
                call.putObject("function").put("name", calls.get(i).name()).put("arguments", calls.get(i).arguments());
            }
            finish = answer.finish() == Reply.Finish.STOP ? "tool_calls" : finish;
        }
        if (answer.logProbs()) {
            var content = choice.putObject("logprobs").putArray("content");
            for (String chunk : answer.chunks()) {
                content.addObject().put("token", chunk).put("logprob", Answer.logProb(chunk)).putArray("top_logprobs");
            }
        }
        choice.put("finish_reason", finish);
        node.set("usage", usage(answer));
        return node.toString();
    }

    @Override
    public List<String> start(Answer answer) {
        ObjectNode node = head(answer, "chat.completion.chunk");
        ObjectNode choice = node.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("delta").put("role", "assistant").put("content", "");
        choice.putNull("finish_reason");
        return List.of(Wire.sse(node));
    }

    @Override
    public String chunk(Answer answer, int index, String text) {
        ObjectNode node = head(answer, "chat.completion.chunk");
        ObjectNode choice = node.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("delta").put("content", text);
        if (answer.logProbs()) {
            choice.putObject("logprobs").putArray("content").addObject().put("token", text)
                    .put("logprob", Answer.logProb(text)).putArray("top_logprobs");
        }
        choice.putNull("finish_reason");
        return Wire.sse(node);
    }

    @Override
    public List<String> end(Answer answer, JsonNode request) {
        List<String> events = new ArrayList<>();
        ObjectNode last = head(answer, "chat.completion.chunk");
        ObjectNode choice = last.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("delta");
        choice.put("finish_reason", finish(answer.finish()));
        events.add(Wire.sse(last));
        if (request.path("stream_options").path("include_usage").asBoolean(false)) {
            ObjectNode usage = head(answer, "chat.completion.chunk");
            usage.putArray("choices");
            usage.set("usage", usage(answer));
            events.add(Wire.sse(usage));
        }
        events.add("data: [DONE]\n\n");
        return events;
    }

    @Override
    public String error(int status, String message) {
        ObjectNode node = Wire.object();
        ObjectNode error = node.putObject("error");
        error.put("message", message);
        String type = switch (status) {
            case 400, 404, 413, 422 -> "invalid_request_error";
            case 401, 403 -> "authentication_error";
            case 429 -> "rate_limit_error";
            default -> "server_error";
        };
        error.put("type", type);
        error.putNull("param");
        if (status == 401) {
            error.put("code", "invalid_api_key");
        } else if (message.contains("context_length_exceeded") || message.contains("context length")) {
            error.put("code", "context_length_exceeded");
        } else {
            error.putNull("code");
        }
        return node.toString();
    }
}
