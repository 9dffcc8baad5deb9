package dev.promptsmith.check.types;

import dev.promptsmith.check.CheckInput;
import java.util.List;

/** The test variables promptfoo's retrieval checks read: {@code query} and {@code context} (text or a list of chunks). */
final class RagInputs {

    private RagInputs() {
    }

    static String query(CheckInput input, String type, boolean promptWillDo) {
        Object query = input.vars().get("query");
        if (query instanceof String text && !text.isBlank()) {
            return text;
        }
        if (promptWillDo && !input.prompt().isBlank()) {
            return input.prompt();
        }
        throw new IllegalArgumentException(type + " needs the user's question in the test's 'query' variable");
    }

    static String context(CheckInput input, String type, boolean promptWillDo) {
        Object context = input.vars().get("context");
        if (context instanceof List<?> chunks && !chunks.isEmpty()) {
            return String.join("\n\n", chunks.stream().map(String::valueOf).toList());
        }
        if (context != null && !String.valueOf(context).isBlank()) {
            return String.valueOf(context);
        }
        if (promptWillDo && !input.prompt().isBlank()) {
            return input.prompt();
        }
        throw new IllegalArgumentException(type + " needs the retrieved context in the test's 'context' variable");
    }

    /** The context's units for context-relevance: its chunks, its non-empty lines, or else its sentences. */
    static List<String> units(CheckInput input, String context) {
        if (input.vars().get("context") instanceof List<?> chunks) {
            return chunks.stream().map(String::valueOf).filter(c -> !c.isBlank()).toList();
        }
        List<String> lines = context.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() > 1) {
            return lines;
        }
        return java.util.Arrays.stream(context.strip().split("(?<=[.!?])\\s+")).filter(s -> !s.isBlank()).toList();
    }
}
