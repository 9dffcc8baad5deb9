package dev.promptsmith.optimize;

/**
 * A {@code .prompty} file as the optimizer changes it: the front matter (model, parameters, sample) stays as it
 * is, only the message body is rewritten.
 */
final class PromptBody {

    private PromptBody() {
    }

    /** The messages part: everything after the front matter. */
    static String body(String content) {
        String text = content.replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            return text.strip();
        }
        int end = text.indexOf("\n---\n", 3);
        return end < 0 ? text.strip() : text.substring(end + 5).strip();
    }

    /** The front matter with its fences, ending in a line break; empty when there is none. */
    static String frontMatter(String content) {
        String text = content.replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            return "";
        }
        int end = text.indexOf("\n---\n", 3);
        return end < 0 ? "" : text.substring(0, end + 5);
    }

    /** {@code content}'s front matter with {@code body} as its messages. */
    static String withBody(String content, String body) {
        return frontMatter(content) + body.strip() + "\n";
    }
}
