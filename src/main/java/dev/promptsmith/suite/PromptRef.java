package dev.promptsmith.suite;

/**
 * A prompt a suite tests: a prompt of {@code prompts/} by name, or a prompt written inline.
 *
 * @param promptName the prompt's key; for an inline prompt the key it is stored under
 * @param inlineText the inline template, or {@code null} for a reference to {@code prompts/}
 * @param line       where the suite file names it
 */
public record PromptRef(String promptName, String inlineText, int line) {

    public boolean inline() {
        return inlineText != null;
    }
}
