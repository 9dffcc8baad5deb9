package dev.promptsmith.model;

import dev.promptsmith.shared.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What promptfoo reads from an OpenAI chat completion that LangChain4j's answer does not carry:
 * the log probability of each token ({@code choices[0].logprobs.content[].logprob}, from the one
 * body or from every event of a stream), and a legacy {@code function_call}, which promptfoo gives
 * as the output itself rather than as tool calls.
 */
final class OpenAiBody {

    private static final String DATA = "data:";

    private OpenAiBody() {
    }

    /** The tokens' log probabilities, or {@code null} when the body has none. */
    static List<Double> logProbs(String body) {
        List<Double> logProbs = new ArrayList<>();
        for (Map<String, Object> json : objects(body)) {
            if (firstChoice(json).get("logprobs") instanceof Map<?, ?> logprobs
                    && logprobs.get("content") instanceof List<?> tokens) {
                for (Object token : tokens) {
                    if (token instanceof Map<?, ?> map && map.get("logprob") instanceof Number logprob) {
                        logProbs.add(logprob.doubleValue());
                    }
                }
            }
        }
        return logProbs.isEmpty() ? null : logProbs;
    }

    /**
     * The output promptfoo gives for a message with a {@code function_call}: the call; with text, the whole
     * message ({@code withText}, OpenAI's provider) or nothing here, the text being the output (Azure's).
     */
    static Optional<String> functionCallOutput(String body, boolean withText) {
        List<Map<String, Object>> objects = objects(body);
        if (objects.size() != 1 || !(firstChoice(objects.getFirst()).get("message") instanceof Map<?, ?> message)
                || !(message.get("function_call") instanceof Map<?, ?> call)) {
            return Optional.empty();
        }
        if (message.get("content") instanceof String content && !content.isEmpty()) {
            if (!withText) {
                return Optional.empty();
            }
            Map<String, Object> whole = new LinkedHashMap<>();
            message.forEach((key, value) -> whole.put(String.valueOf(key), value));
            return Optional.of(Json.write(whole));
        }
        return Optional.of(Json.write(call));
    }

    private static Map<?, ?> firstChoice(Map<String, Object> json) {
        return json.get("choices") instanceof List<?> choices && !choices.isEmpty()
                && choices.getFirst() instanceof Map<?, ?> choice ? choice : Map.of();
    }

    /** The body's JSON object, or each event's of a stream; none when it is neither. */
    private static List<Map<String, Object>> objects(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        String stripped = body.strip();
        if (stripped.startsWith("{")) {
            return read(stripped).map(List::of).orElse(List.of());
        }
        List<Map<String, Object>> events = new ArrayList<>();
        for (String line : stripped.lines().toList()) {
            String data = line.startsWith(DATA) ? line.substring(DATA.length()).strip() : "";
            if (data.startsWith("{")) {
                read(data).ifPresent(events::add);
            }
        }
        return events;
    }

    private static Optional<Map<String, Object>> read(String json) {
        try {
            return Optional.of(Json.readObject(json));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
