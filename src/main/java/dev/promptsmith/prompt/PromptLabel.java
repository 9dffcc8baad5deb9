package dev.promptsmith.prompt;

/**
 * A name such as {@code production} that points at one version of a prompt.
 *
 * @param protect whether moving it to another version needs a confirmation
 */
public record PromptLabel(String label, long versionId, int versionNumber, boolean protect) {
}
