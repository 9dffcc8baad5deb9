package dev.promptsmith.ui.runs;

import dev.promptsmith.run.store.RunStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How run figures read on screen. */
final class RunFormats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private RunFormats() {
    }

    static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** A share as a percentage with one decimal, e.g. {@code 87.5%}. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** A difference of shares in percentage points with its sign, e.g. {@code -12.5 pp}. */
    static String points(double difference) {
        return String.format(Locale.ROOT, "%+.1f pp", difference * 100);
    }

    /** A run's cost: "unknown" when no answer had a price, the known part and what is missing when some had none. */
    static String cost(dev.promptsmith.run.store.RunSummary run) {
        if (run.unpriced() == 0) {
            return cost(run.costUsd());
        }
        if (run.costUsd().signum() == 0) {
            return "unknown";
        }
        return cost(run.costUsd()) + " + unknown (" + run.unpriced() + " answers without a price)";
    }

    static String cost(BigDecimal usd) {
        if (usd == null) {
            return "";
        }
        return "$" + (usd.signum() == 0 ? "0" : usd.stripTrailingZeros().toPlainString());
    }

    static String costDelta(BigDecimal usd) {
        if (usd == null) {
            return "";
        }
        return (usd.signum() < 0 ? "-" : "+") + cost(usd.abs());
    }

    static String score(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }

    static String scoreDelta(double delta) {
        return String.format(Locale.ROOT, "%+.2f", delta);
    }

    static String millis(long ms) {
        return ms + " ms";
    }

    static String millisDelta(long ms) {
        return String.format(Locale.ROOT, "%+d ms", ms);
    }

    /** Short and readable: {@code 850 ms}, {@code 12.3 s}, {@code 4 min 05 s}, {@code 2 h 03 min}. */
    static String duration(Duration duration) {
        long ms = duration.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        long seconds = duration.toSeconds();
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }

    /** The status as a user reads it; an interrupted run says that it can be taken up again. */
    static String status(String status) {
        return switch (status) {
            case RunStatus.INTERRUPTED -> "interrupted (can be resumed)";
            case RunStatus.CANCELLED -> "cancelled";
            case RunStatus.RUNNING -> "running";
            case RunStatus.FINISHED -> "finished";
            default -> status;
        };
    }
}
