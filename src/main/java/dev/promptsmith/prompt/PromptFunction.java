package dev.promptsmith.prompt;

/**
 * A prompt written as a function (promptfoo's prompt functions): it is given the test's variables
 * and the provider, and returns the prompt (text, or a list of chat messages), which is then read
 * as a promptfoo prompt text.
 *
 * @param file     the script file as the suite names it, relative to the suite's folder ({@code prompt.js})
 * @param function the function to call, or {@code null} for a JavaScript file's exported one
 * @param source   the file's text as it was read, which a prompt version stores
 */
public record PromptFunction(String file, String function, String source) {

    /** Whether the file is Python (else JavaScript). */
    public boolean python() {
        return file.toLowerCase(java.util.Locale.ROOT).endsWith(".py");
    }
}
