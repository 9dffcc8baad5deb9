package dev.promptsmith.prompt;

import java.util.List;

/**
 * What came of renaming a prompt.
 *
 * @param renamed  whether the prompt has its new name (its versions, labels and runs with it)
 * @param problems why it was refused, or, when renamed, what went wrong with the files
 * @param notes    what else changed, e.g. a suite file whose reference was rewritten
 */
public record RenameResult(boolean renamed, List<String> problems, List<String> notes) {

    public RenameResult {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public static RenameResult refused(String problem) {
        return new RenameResult(false, List.of(problem), List.of());
    }
}
