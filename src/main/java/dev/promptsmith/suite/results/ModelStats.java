package dev.promptsmith.suite.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a model did with one prompt over a run: pass rate, mean score, latency p50/p95, tokens, cost, and how
 * often its JSON was cut off, repaired or invalid.
 */
public record ModelStats(String prompt, String model, int cells, int passed, int errors, double meanScore,
                         long latencyP50Ms, long latencyP95Ms, long tokens, BigDecimal costUsd, JsonRates json) {

    public double passRate() {
        return cells == 0 ? 0 : (double) passed / cells;
    }

    /** The samples grouped by prompt and model, in the order they first appear. */
    public static List<ModelStats> of(List<Sample> samples) {
        Map<String, List<Sample>> groups = new LinkedHashMap<>();
        for (Sample sample : samples) {
            groups.computeIfAbsent(sample.prompt() + "\u0000" + sample.model(), key -> new ArrayList<>()).add(sample);
        }
        List<ModelStats> stats = new ArrayList<>();
        for (List<Sample> group : groups.values()) {
            int passed = 0;
            int errors = 0;
            double score = 0;
            long tokens = 0;
            BigDecimal cost = BigDecimal.ZERO;
            long[] latencies = new long[group.size()];
            int answered = 0;
            for (Sample sample : group) {
                passed += sample.passed() ? 1 : 0;
                errors += sample.error() ? 1 : 0;
                score += sample.score();
                tokens += sample.tokens();
                cost = sample.costUsd() == null ? cost : cost.add(sample.costUsd());
                if (!sample.error()) {
                    latencies[answered++] = sample.latencyMs();
                }
            }
            long[] answeredLatencies = Arrays.copyOf(latencies, answered);
            Arrays.sort(answeredLatencies);
            stats.add(new ModelStats(group.getFirst().prompt(), group.getFirst().model(), group.size(), passed, errors,
                    score / group.size(), percentile(answeredLatencies, 50), percentile(answeredLatencies, 95), tokens,
                    cost, JsonRates.of(group)));
        }
        return stats;
    }

    /** The nearest-rank percentile of sorted values; 0 for none. */
    static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
