package dev.promptsmith.ui.sweep;

import dev.promptsmith.sweep.SweepRow;
import java.util.Locale;

/** How a sweep's figures read on screen. */
final class SweepFormats {

    private SweepFormats() {
    }

    /** {@code 87.5% (7/8)}. */
    static String rate(SweepRow row) {
        return percent(row.passRate()) + " (" + row.passed() + "/" + row.cells() + ")";
    }

    /** {@code 47.3% – 100.0%}. */
    static String interval(SweepRow row) {
        return percent(row.low()) + " – " + percent(row.high());
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
