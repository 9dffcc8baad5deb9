package dev.promptsmith.suite;

import dev.promptsmith.prompt.PromptDocument;

/**
 * A prompt a suite tests, read.
 *
 * @param label            what reports call it: promptfoo's label (the text itself, or {@code file: text}, or
 *                         the label the suite gives); a provider's or test's {@code prompts} filter matches it
 * @param document         the prompt, whose name is the key it is stored under
 * @param path             the file its text was read from (the suite file for inline prompts)
 * @param line             where the suite names it
 * @param fromPromptsFolder whether it is a {@code .prompty} file of {@code prompts/}, which is stored on its own
 */
public record SuitePrompt(String label, PromptDocument document, String path, int line, boolean fromPromptsFolder) {

    /** The key the prompt is stored under. */
    public String key() {
        return document.name();
    }
}
