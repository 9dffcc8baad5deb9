package dev.promptsmith.simulator;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** One API's wire format: how requests name their model and limits, and how answers and errors are written. */
interface Wire {

    JsonMapper JSON = JsonMapper.builder().build();

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    String model(JsonNode body, String path);

    boolean stream(JsonNode body, String path);

    /** The output token limit the request asks for, or {@code null}. */
    Integer maxTokens(JsonNode body);

    String streamContentType();

    String blocking(Answer answer);

    /** Events written before the first chunk. */
    List<String> start(Answer answer);

    String chunk(Answer answer, int index, String text);

    /** Events written after the last chunk. */
    List<String> end(Answer answer, JsonNode request);

    String error(int status, String message);

    static Integer integer(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : node.asInt();
    }

    static String sse(JsonNode data) {
        return "data: " + data + "\n\n";
    }

    static String sse(String event, JsonNode data) {
        return "event: " + event + "\ndata: " + data + "\n\n";
    }

    /** The text of the last user message of a request body; empty if there is none. */
    static String userText(Api api, String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (RuntimeException e) {
            return "";
        }
        if (api == Api.RESPONSES && json.path("input").isString()) {
            return json.path("input").asString();
        }
        JsonNode messages = api == Api.GEMINI ? json.path("contents")
                : api == Api.RESPONSES ? json.path("input") : json.path("messages");
        for (int i = messages.size() - 1; i >= 0; i--) {
            JsonNode message = messages.get(i);
            String role = message.path("role").asString("user");
            if (role.equals("user")) {
                return text(api == Api.GEMINI ? message.path("parts") : message.path("content"));
            }
        }
        return "";
    }

    private static String text(JsonNode content) {
        if (content.isString()) {
            return content.asString();
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : content) {
            if (part.has("text")) {
                text.append(part.path("text").asString(""));
            }
        }
        return text.toString();
    }
}
