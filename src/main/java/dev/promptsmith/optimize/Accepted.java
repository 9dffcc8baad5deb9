package dev.promptsmith.optimize;

/**
 * The winner, taken as the prompt's newest ordinary version.
 *
 * @param versionId   the new version's id
 * @param number      its number
 * @param label       the label now pointing at it
 * @param fileProblem why {@code prompts/NAME.prompty} could not be written, or {@code null} (written, or the prompt
 *                    is not kept in a file)
 */
public record Accepted(long versionId, int number, String label, String fileProblem) {
}
