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
        String contentHash) {
}
