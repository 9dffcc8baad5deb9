package dev.promptsmith.prompt;

import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.shared.JsJson;
import dev.promptsmith.shared.Role;
import dev.promptsmith.shared.LocatedYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a rendered promptfoo prompt as promptfoo's chat providers do: a text that begins with
 * {@code - role:} is a YAML list of messages, a text that is JSON is a JSON list of messages,
 * a text that only looks like JSON is an error, anything else is one user message, exactly as
 * written.
 */
final class ChatPrompt {

    private ChatPrompt() {
    }

    /** JSON as JavaScript's {@code JSON.parse} reads it, or {@code null} when the text is not JSON. */
    static Object parseJson(String text) {
        // every cell renders its prompt: text that cannot begin JSON is not handed to the parser to fail
        if (!mayBeJson(text.strip())) {
            return null;
        }
        try {
            return JsJson.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static List<RenderedMessage> read(String rendered) throws RenderException {
        String trimmed = rendered.strip();
        if (trimmed.startsWith("- role:")) {
            try {
                return messages(LocatedYaml.read("the rendered prompt", rendered, 0).root(), "YAML");
            } catch (InvalidFileException e) {
                throw new RenderException("the prompt begins with '- role:' but is not a valid YAML list of messages: "
                        + e.problems().getFirst().message());
            }
        }
        if (mayBeJson(trimmed)) {
            Object parsed;
            try {
                parsed = JsJson.parse(rendered);
            } catch (IllegalArgumentException e) {
                if (looksLikeJson(trimmed)) {
                    throw new RenderException("the prompt looks like JSON but is not valid JSON: " + e.getMessage());
                }
                parsed = null;
            }
            if (parsed != null || "null".equals(trimmed)) {
                return messages(parsed, "JSON");
            }
        }
        return List.of(new RenderedMessage(Role.USER, rendered));
    }

    private static List<RenderedMessage> messages(Object parsed, String format) throws RenderException {
        if (!(parsed instanceof List<?> list) || list.isEmpty()) {
            throw new RenderException("the prompt is " + format + " but not a list of chat messages "
                    + "({role, content}); write it as text, or as such a list");
        }
        List<RenderedMessage> messages = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> message)) {
                throw new RenderException("message " + (i + 1) + " of the chat prompt is not a mapping of role and content");
            }
            Object role = message.get("role");
            Role known = role instanceof String name ? Role.fromWireName(name).orElse(null) : null;
            if (known == null) {
                throw new RenderException("message " + (i + 1) + " of the chat prompt has role '" + role
                        + "': Promptsmith sends system, user and assistant messages");
            }
            for (Object key : message.keySet()) {
                if (!"role".equals(key) && !"content".equals(key)) {
                    throw new RenderException("message " + (i + 1) + " of the chat prompt has '" + key
                            + "', which Promptsmith does not send yet (only role and content)");
                }
            }
            if (!(message.get("content") instanceof String content)) {
                throw new RenderException("message " + (i + 1) + " of the chat prompt has content that is not text "
                        + "(images and other parts are not supported yet)");
            }
            messages.add(new RenderedMessage(known, content));
        }
        return messages;
    }

    /** Whether a trimmed text begins as a JSON value can. */
    private static boolean mayBeJson(String trimmed) {
        return !trimmed.isEmpty() && "[{\"-0123456789tfn".indexOf(trimmed.charAt(0)) >= 0;
    }

    /** promptfoo's test for text that was meant as JSON: an object, or an array of values. */
    private static boolean looksLikeJson(String trimmed) {
        if (trimmed.startsWith("{") && trimmed.endsWith("}")) {
            return true;
        }
        if (!trimmed.startsWith("[") || !trimmed.endsWith("]")) {
            return false;
        }
        String after = trimmed.substring(1).stripLeading();
        return after.isEmpty() || after.startsWith("\"") || after.startsWith("{") || after.startsWith("[")
                || after.matches("(?s)^[\\d-].*") || after.matches("(?s)^(true|false|null).*");
    }
}
