package dev.promptsmith.ui.runs;

import dev.promptsmith.run.store.RunMatrix;
import java.util.Locale;

/** How a matrix cell reads from its repeats so far: every repeat passed, none did, some did, or all were errors. */
enum CellStatus {
    PENDING, PASS, FAIL, FLAKY, ERROR;

    static CellStatus of(RunMatrix.Tally tally) {
        if (tally == null || tally.runs() == 0) {
            return PENDING;
        }
        if (tally.errors() == tally.runs()) {
            return ERROR;
        }
        if (tally.passed() == tally.runs()) {
            return PASS;
        }
        return tally.passed() == 0 ? FAIL : FLAKY;
    }

    /** The name in CSS classes and data attributes: {@code pass}, {@code fail}, ... */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
