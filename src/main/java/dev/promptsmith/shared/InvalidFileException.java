package dev.promptsmith.shared;

import java.util.List;

/** A file could not be read as what it claims to be; carries every problem found in it. */
public class InvalidFileException extends Exception {

    private final List<FileProblem> problems;

    public InvalidFileException(List<FileProblem> problems) {
        super(problems.isEmpty() ? "invalid file" : problems.getFirst().toString());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid file has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidFileException(String file, int line, String message) {
        this(List.of(new FileProblem(file, line, message)));
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
