package dev.promptsmith.shared;

/**
 * Something wrong in a file a person wrote, at a line they can go to.
 *
 * @param file the file as the person knows it, e.g. {@code prompts/invoice.prompty}
 * @param line 1-based line number, or 0 when the problem concerns the whole file
 */
public record FileProblem(String file, int line, String message) {

    public FileProblem {
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
    }

    /** Formats the problem as compilers do: {@code file:line: message}. */
    @Override
    public String toString() {
        return file + ":" + Math.max(line, 1) + ": " + message;
    }
}
