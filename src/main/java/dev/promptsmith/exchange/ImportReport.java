package dev.promptsmith.exchange;

import dev.promptsmith.shared.FileProblem;
import java.util.List;

/**
 * What an import of a workspace did.
 *
 * @param errors   files or parts of files that were not imported, and why
 * @param warnings what was imported but is not fully supported, or looks wrong
 */
public record ImportReport(List<FileProblem> errors, List<FileProblem> warnings, int promptVersionsAdded,
                           int suiteVersionsAdded) {

    public static final ImportReport NONE = new ImportReport(List.of(), List.of(), 0, 0);

    public boolean clean() {
        return errors.isEmpty() && warnings.isEmpty();
    }
}
