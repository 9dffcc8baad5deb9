package dev.promptsmith.simulator;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Gemini generateContent and streamGenerateContent (server-sent events with alt=sse). */
final class GeminiWire implements Wire {

    @Override
    public String model(JsonNode body, String path) {
        String tail = path.substring(path.indexOf("/models/") + "/models/".length());
        int colon = tail.indexOf(':');
        return colon < 0 ? tail : tail.substring(0, colon);
    }

    @Override
    public boolean stream(JsonNode body, String path) {
        return path.contains(":streamGenerateContent");
    }

    @Override
    public Integer maxTokens(JsonNode body) {
        return Wire.integer(body.path("generationConfig").get("maxOutputTokens"));
    }

    @Override
    public String streamContentType() {
        return "text/event-stream";
    }

    private static String finish(Reply.Finish finish) {
        return switch (finish) {
            case STOP -> "STOP";
            case LENGTH -> "MAX_TOKENS";
            case CONTENT_FILTER -> "SAFETY";
        };
    }

    private static ObjectNode response(Answer answer, String text, boolean last) {
        ObjectNode node = Wire.object();
        ObjectNode candidate = node.putArray("candidates").addObject();
        ObjectNode content = candidate.putObject("content");
        content.put("role", "model");
        content.putArray("parts").addObject().put("text", text);
        if (last) {
            candidate.put("finishReason", finish(answer.finish()));
        }
        candidate.put("index", 0);
        ObjectNode usage = node.putObject("usageMetadata");
        usage.put("promptTokenCount", answer.inputTokens());
        if (last) {
            usage.put("candidatesTokenCount", answer.outputTokens());
            usage.put("totalTokenCount", answer.inputTokens() + answer.outputTokens());
        }
        node.put("modelVersion", answer.model());
        node.put("responseId", answer.id());
        return node;
    }

    @Override
    public String blocking(Answer answer) {
        return response(answer, answer.text(), true).toString();
    }

    @Override
    public List<String> start(Answer answer) {
        return List.of();
    }

    @Override
    public String chunk(Answer answer, int index, String text) {
        return Wire.sse(response(answer, text, index == answer.chunks().size() - 1));
    }

    @Override
    public List<String> end(Answer answer, JsonNode request) {
        return answer.chunks().isEmpty() ? List.of(Wire.sse(response(answer, "", true))) : List.of();
    }

    @Override
    public String error(int status, String message) {
        ObjectNode node = Wire.object();
        String code = switch (status) {
            case 400, 404, 413, 422 -> "INVALID_ARGUMENT";
            case 401, 403 -> "UNAUTHENTICATED";
            case 429 -> "RESOURCE_EXHAUSTED";
            default -> "INTERNAL";
        };
        node.putObject("error").put("code", status).put("message", message).put("status", code);
        return node.toString();
    }
}
