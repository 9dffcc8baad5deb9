package dev.promptsmith.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a test case did on one model over its repeats: the pass rate with a Wilson 95% interval,
 * whether every repeat passed (pass^k for k = the repeats), and FLAKY when the repeats disagree.
 */
public record CaseStats(String prompt, int test, String description, String model, int passed, int runs,
                        double low, double high) {

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

    /** The results grouped by prompt, test case and model, in the order they were planned. */
    public static List<CaseStats> of(List<CellResult> results) {
        Map<String, List<CellResult>> groups = new LinkedHashMap<>();
        for (CellResult result : results) {
            Cell cell = result.cell();
            groups.computeIfAbsent(cell.prompt().name() + "\u0000" + cell.test().position() + "\u0000"
                    + cell.model().providerId() + "\u0000" + cell.model().name(), key -> new ArrayList<>()).add(result);
        }
        List<CaseStats> stats = new ArrayList<>();
        for (List<CellResult> group : groups.values()) {
            Cell cell = group.getFirst().cell();
            int passed = (int) group.stream().filter(CellResult::passed).count();
            double[] interval = wilson(passed, group.size());
            stats.add(new CaseStats(cell.prompt().name(), cell.test().position(), cell.test().description(),
                    cell.model().name(), passed, group.size(), interval[0], interval[1]));
        }
        return stats;
    }

    /** The Wilson score interval at 95% for {@code successes} of {@code n}. */
    static double[] wilson(int successes, int n) {
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
