package dev.promptsmith.prompt;

import java.util.List;
import java.util.Map;

/**
 * A prompt as written in a {@code .prompty} file, parsed.
 *
 * @param name        the stable key: the file name without {@code .prompty}
 * @param title       the display name from the front matter ({@code name}), else the key
 * @param model       the front matter's {@code model} block as plain values (api, configuration, parameters)
 * @param sample      sample values for the variables, used by the preview
 * @param variables   the variables the templates use, in order of first use
 * @param content     the whole file text, which is what a version stores
 * @param contentHash SHA-256 of the content with normalised line endings
 * @param parser      how the body becomes messages: by its role lines ({@code prompty}), or rendered
 *                    whole and then read as promptfoo reads a prompt ({@code promptfoo}: chat JSON or
 *                    YAML, else one user message), or {@code function}: a function returns that text
 * @param function    the function of a {@code function} prompt, else {@code null}
 */
public record PromptDocument(
        String name,
        String title,
        String description,
        Map<String, Object> model,
        Map<String, Object> sample,
        List<MessageTemplate> messages,
        List<String> variables,
        String content,
        String contentHash,
        BodyParser parser,
        PromptFunction function) {

    /** How a prompt's body becomes messages. */
    public enum BodyParser {
        /** Lines that hold only a role ({@code user:}) start messages; they are split before rendering. */
        PROMPTY,
        /** The body is one template, rendered whole; a result that is a chat (JSON or YAML list of role/content) is those messages, anything else one user message. */
        PROMPTFOO,
        /** The body is a script whose function returns the prompt, which is then read as a promptfoo text. */
        FUNCTION
    }

    /** Whether the body is rendered whole and read as promptfoo reads a prompt. */
    public boolean promptfooText() {
        return parser == BodyParser.PROMPTFOO;
    }
}
