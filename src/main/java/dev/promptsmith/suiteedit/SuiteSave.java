package dev.promptsmith.suiteedit;

import java.util.List;

/** What came of saving a suite draft. */
public sealed interface SuiteSave {

    /**
     * The file was written and imported.
     *
     * @param version the suite's version now stored
     * @param draft   the suite opened again from what was written, to go on editing
     */
    record Saved(int version, SuiteDraft draft) implements SuiteSave {
    }

    /** Nothing the editor shows changed: nothing was written. */
    record Unchanged() implements SuiteSave {
    }

    /** The suite moved on after the draft was opened (another tab, or the file changed on disk): nothing was written. */
    record Stale(String message) implements SuiteSave {
    }

    /** The edited suite does not read as a suite, or files may not be written: nothing was written. */
    record Refused(List<String> problems) implements SuiteSave {
    }
}
