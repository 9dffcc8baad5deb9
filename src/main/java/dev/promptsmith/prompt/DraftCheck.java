package dev.promptsmith.prompt;

import java.util.List;

/**
 * What the editor shows about a draft as it is typed: its problems, the variables its messages
 * use, and its messages rendered with the sample values (or why they cannot be).
 *
 * @param preview      empty when {@code previewError} says why
 * @param previewError {@code null} when the preview rendered
 */
public record DraftCheck(List<Problem> problems, List<String> variables, List<RenderedMessage> preview,
                         String previewError) {

    /**
     * A problem of a draft.
     *
     * @param message the index of the message it is in, or -1 for the prompt as a whole
     * @param line    the line in the message's text, from 1; 0 when it is not at a line
     * @param column  the column on that line, from 1; 0 when not known
     */
    public record Problem(int message, int line, int column, String text) {

        /** e.g. {@code line 2, column 5: Missing end tag: endif} */
        public String describe() {
            if (line <= 0) {
                return text;
            }
            return "line " + line + (column > 0 ? ", column " + column : "") + ": " + text;
        }
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** The problems of one message. */
    public List<Problem> problemsOf(int message) {
        return problems.stream().filter(p -> p.message() == message).toList();
    }
}
