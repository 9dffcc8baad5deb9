package dev.promptsmith.sweep;

import dev.promptsmith.suite.results.CaseStats;
import dev.promptsmith.suite.results.ModelStats;
import dev.promptsmith.suite.results.Sample;
import dev.promptsmith.suite.results.Significance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a run's results as a choice of model. A model's figures are over every prompt of the run; an
 * answer without a price makes its model's cost unknown rather than lower.
 */
public final class SweepAnalysis {

    /** Unknown costs sort last: a model without a price is never the cheapest. */
    private static final Comparator<SweepRow> BY_COST = Comparator.comparing(SweepRow::costUsd,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private SweepAnalysis() {
    }

    /** The sweep of these results, the models in the order they first appear. */
    public static ModelSweep of(List<Sample> samples) {
        Map<String, List<Sample>> byModel = new LinkedHashMap<>();
        for (Sample sample : samples) {
            byModel.computeIfAbsent(sample.model(), model -> new ArrayList<>()).add(sample);
        }
        List<SweepRow> measured = new ArrayList<>();
        for (List<Sample> group : byModel.values()) {
            measured.add(measure(group));
        }
        if (measured.isEmpty()) {
            return new ModelSweep(List.of(), Optional.empty(), Optional.empty(), "No results yet.");
        }
        SweepRow best = measured.stream().max(Comparator.comparingDouble(SweepRow::passRate)
                .thenComparing(BY_COST.reversed()).thenComparing(Comparator.comparingLong(SweepRow::latencyP50Ms)
                        .reversed())).orElseThrow();
        List<SweepRow> rows = new ArrayList<>();
        for (SweepRow row : measured) {
            double p = row == best ? 1 : Significance.pValue(row.passed(), row.cells(), best.passed(), best.cells());
            boolean notWorse = row.passRate() >= best.passRate() || !Significance.significant(p);
            rows.add(new SweepRow(row.model(), row.passed(), row.cells(), row.errors(), row.low(), row.high(),
                    row.costUsd(), row.unpriced(), row.latencyP50Ms(), p, notWorse, !dominated(row, measured)));
        }
        List<SweepRow> candidates = rows.stream().filter(SweepRow::notWorse).toList();
        Optional<SweepRow> cheapest = candidates.stream().filter(SweepRow::priced).min(BY_COST
                .thenComparing(Comparator.comparingDouble(SweepRow::passRate).reversed())
                .thenComparingLong(SweepRow::latencyP50Ms));
        SweepRow bestRow = rows.get(measured.indexOf(best));
        List<String> unknown = candidates.stream().filter(r -> !r.priced()).map(SweepRow::model).toList();
        return new ModelSweep(rows, Optional.of(best.model()), cheapest.map(SweepRow::model),
                reason(bestRow, cheapest, rows, unknown));
    }

    private static SweepRow measure(List<Sample> group) {
        ModelStats stats = ModelStats.of(group.stream().map(s -> new Sample("", s.test(), s.description(), s.model(),
                s.passed(), s.error(), s.score(), s.latencyMs(), s.tokens(), s.costUsd())).toList()).getFirst();
        int unpriced = (int) group.stream().filter(s -> !s.error() && s.costUsd() == null).count();
        double[] interval = CaseStats.wilson(stats.passed(), stats.cells());
        return new SweepRow(stats.model(), stats.passed(), stats.cells(), stats.errors(), interval[0], interval[1],
                unpriced == 0 ? stats.costUsd() : null, unpriced, stats.latencyP50Ms(), 1, true, true);
    }

    /** Another model is as good on all three and better on one; costs only compare when both are known. */
    private static boolean dominated(SweepRow row, List<SweepRow> all) {
        for (SweepRow other : all) {
            if (other == row || !other.priced() || !row.priced()) {
                continue;
            }
            int cost = other.costUsd().compareTo(row.costUsd());
            boolean asGood = other.passRate() >= row.passRate() && cost <= 0
                    && other.latencyP50Ms() <= row.latencyP50Ms();
            boolean better = other.passRate() > row.passRate() || cost < 0 || other.latencyP50Ms() < row.latencyP50Ms();
            if (asGood && better) {
                return true;
            }
        }
        return false;
    }

    private static String reason(SweepRow best, Optional<SweepRow> cheapest, List<SweepRow> rows, List<String> unknown) {
        String note = unknown.isEmpty() ? "" : " Price unknown for " + String.join(", ", unknown)
                + ", so " + (unknown.size() == 1 ? "it was" : "they were") + " not weighed on cost.";
        if (cheapest.isEmpty()) {
            return "No model that is not significantly worse than the best has a known price." + note;
        }
        SweepRow chosen = cheapest.get();
        if (chosen.model().equals(best.model())) {
            boolean cheaperExists = rows.stream().anyMatch(r -> r.priced() && r.costUsd().compareTo(chosen.costUsd()) < 0);
            return chosen.model() + " has the best pass rate, " + rate(chosen) + " at " + usd(chosen.costUsd())
                    + (cheaperExists ? "; every cheaper model is significantly worse." : "; no model is cheaper.") + note;
        }
        return chosen.model() + " is the cheapest model whose pass rate, " + rate(chosen)
                + ", is not significantly worse than the best, " + best.model() + " with " + rate(best) + " ("
                + Significance.p(chosen.pValue()) + "): " + usd(chosen.costUsd()) + " against "
                + (best.priced() ? usd(best.costUsd()) : "a price unknown") + "." + note;
    }

    static String rate(SweepRow row) {
        return String.format(Locale.ROOT, "%.1f%% (%d/%d)", row.passRate() * 100, row.passed(), row.cells());
    }

    /** {@code $0.0012}; {@code price unknown} for none. */
    public static String usd(BigDecimal cost) {
        if (cost == null) {
            return "price unknown";
        }
        return "$" + (cost.signum() == 0 ? "0" : cost.stripTrailingZeros().toPlainString());
    }
}
