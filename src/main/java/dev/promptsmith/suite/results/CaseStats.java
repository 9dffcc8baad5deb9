package dev.promptsmith.suite.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a test case did on one model over its repeats: the pass rate with a Wilson 95% interval,
 * whether every repeat passed (pass^k for k = the repeats), and FLAKY when the repeats disagree.
 */
public record CaseStats(String prompt, int test, String description, String model, int passed, int runs, int errors,
                        double meanScore, long meanLatencyMs, BigDecimal costUsd, double low, double high) {

    private static final double Z = 1.96;

    public double passRate() {
        return runs == 0 ? 0 : (double) passed / runs;
    }

    /** Some repeats passed and some did not. */
    public boolean flaky() {
        return passed > 0 && passed < runs;
    }

    /** Every one of the k repeats passed. */
    public boolean passedAll() {
        return runs > 0 && passed == runs;
    }

    /** The case's description and model, as lists show it. */
    public String label() {
        return description + " [" + model + "]";
    }

    public String caseKey() {
        return prompt + "\u0000" + test + "\u0000" + model;
    }

    /** The samples grouped by prompt, test case and model, in the order they first appear. */
    public static List<CaseStats> of(List<Sample> samples) {
        Map<String, List<Sample>> groups = new LinkedHashMap<>();
        for (Sample sample : samples) {
            groups.computeIfAbsent(sample.caseKey(), key -> new ArrayList<>()).add(sample);
        }
        List<CaseStats> stats = new ArrayList<>(groups.size());
        for (List<Sample> group : groups.values()) {
            Sample first = group.getFirst();
            int passed = 0;
            int errors = 0;
            double score = 0;
            long latency = 0;
            BigDecimal cost = BigDecimal.ZERO;
            for (Sample sample : group) {
                passed += sample.passed() ? 1 : 0;
                errors += sample.error() ? 1 : 0;
                score += sample.score();
                latency += sample.latencyMs();
                cost = sample.costUsd() == null ? cost : cost.add(sample.costUsd());
            }
            double[] interval = wilson(passed, group.size());
            stats.add(new CaseStats(first.prompt(), first.test(), first.description(), first.model(), passed,
                    group.size(), errors, score / group.size(), latency / group.size(), cost, interval[0], interval[1]));
        }
        return stats;
    }

    /** The Wilson score interval at 95% for {@code successes} of {@code n}. */
    public static double[] wilson(int successes, int n) {
        if (n == 0) {
            return new double[] {0, 1};
        }
        double p = (double) successes / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
