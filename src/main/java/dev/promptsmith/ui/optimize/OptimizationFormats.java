package dev.promptsmith.ui.optimize;

import dev.promptsmith.optimize.Gain;
import dev.promptsmith.optimize.OptimizationSnapshot;
import dev.promptsmith.optimize.OptimizationStatus;
import dev.promptsmith.suite.results.Significance;
import java.math.BigDecimal;
import java.util.Locale;

/** How an optimization's figures read on screen. */
final class OptimizationFormats {

    private OptimizationFormats() {
    }

    static String status(OptimizationStatus status) {
        return switch (status) {
            case RUNNING -> "running";
            case STOPPED -> "stopped (can be resumed)";
            case FAILED -> "failed (can be resumed)";
            case FINISHED -> "finished";
        };
    }

    /** {@code round 2 · 37/60 calls · $0.0123 of $0.50}. */
    static String progress(OptimizationSnapshot snapshot) {
        BigDecimal limit = snapshot.request().budget().maxCostUsd();
        return "round " + snapshot.rounds() + " · " + snapshot.callsSpent() + "/" + snapshot.request().budget().maxCalls()
                + " calls · cost " + usd(snapshot.costSpent()) + (limit == null ? "" : " of " + usd(limit))
                + (snapshot.request().budget().maxTime() == null ? ""
                : " · time limit " + snapshot.request().budget().maxTime().toMinutes() + " min");
    }

    /** {@code 60.0% (3/5)}; a dash when not scored. */
    static String score(Double score, Integer passes, Integer total) {
        return score == null ? "–" : String.format(Locale.ROOT, "%.1f%% (%d/%d)", score * 100, passes, total);
    }

    /** Whether the best beats the start on validation, in words. */
    static String gain(Gain gain) {
        if (gain == null) {
            return "Not yet scored on validation.";
        }
        String change = String.format(Locale.ROOT, "Validation: the start %.1f%% (%d/%d), the best %.1f%% (%d/%d). ",
                gain.startScore() * 100, gain.startPasses(), gain.startTotal(), gain.bestScore() * 100,
                gain.bestPasses(), gain.bestTotal());
        if (gain.bestPasses() * (long) gain.startTotal() <= gain.startPasses() * (long) gain.bestTotal()) {
            return change + "No gain over the start.";
        }
        return change + (gain.significant() ? "The gain is significant: it is unlikely to be chance ("
                : "The gain could be chance: more validation cases would tell (") + Significance.p(gain.pValue())
                + ", Fisher's exact test).";
    }

    static String usd(BigDecimal cost) {
        return cost == null ? "unknown" : "$" + (cost.signum() == 0 ? "0" : cost.stripTrailingZeros().toPlainString());
    }
}
