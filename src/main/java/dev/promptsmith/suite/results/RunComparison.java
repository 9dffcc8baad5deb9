package dev.promptsmith.suite.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A later run set against a baseline, case by case. A case flips when its pass rate moves
 * between "all repeats pass", "some pass" and "none pass"; a flip is called significant only when
 * the Wilson 95% intervals of the two pass rates do not overlap — a cautious test: one failing
 * sample is never enough against fewer than 15 passing ones. Each change also carries the 95%
 * interval of the difference of the pass rates (Newcombe's method, built from the same Wilson
 * intervals), to show how large the change may be.
 *
 * @param onlyInBaseline  cases the later run did not have
 * @param onlyInCandidate cases the baseline did not have
 */
public record RunComparison(List<CaseChange> changes, List<CaseStats> onlyInBaseline, List<CaseStats> onlyInCandidate,
                            Totals baseline, Totals candidate, boolean significantDrop) {

    /** A run's totals over the cases both runs have. */
    public record Totals(int cells, int passed, double meanScore, long meanLatencyMs, BigDecimal costUsd) {

        public double passRate() {
            return cells == 0 ? 0 : (double) passed / cells;
        }
    }

    public static RunComparison of(List<CaseStats> baseline, List<CaseStats> candidate) {
        Map<String, CaseStats> before = new LinkedHashMap<>();
        baseline.forEach(stats -> before.put(stats.caseKey(), stats));
        List<CaseChange> changes = new ArrayList<>();
        List<CaseStats> matchedBefore = new ArrayList<>();
        List<CaseStats> matchedAfter = new ArrayList<>();
        List<CaseStats> onlyAfter = new ArrayList<>();
        for (CaseStats after : candidate) {
            CaseStats was = before.remove(after.caseKey());
            if (was == null) {
                onlyAfter.add(after);
                continue;
            }
            matchedBefore.add(was);
            matchedAfter.add(after);
            changes.add(change(was, after));
        }
        Totals totalBefore = totals(matchedBefore);
        Totals totalAfter = totals(matchedAfter);
        double[] overall = difference(totalAfter.passed(), totalAfter.cells(), totalBefore.passed(), totalBefore.cells());
        return new RunComparison(changes, List.copyOf(before.values()), onlyAfter, totalBefore, totalAfter,
                apart(totalBefore.passed(), totalBefore.cells(), totalAfter.passed(), totalAfter.cells()) && overall[1] < 0);
    }

    public List<CaseChange> regressions() {
        return changes.stream().filter(c -> c.kind() == CaseChange.Kind.REGRESSION).toList();
    }

    public List<CaseChange> fixes() {
        return changes.stream().filter(c -> c.kind() == CaseChange.Kind.FIX).toList();
    }

    public List<CaseChange> significantRegressions() {
        return regressions().stream().filter(CaseChange::significant).toList();
    }

    /** Cases whose flakiness changed either way. */
    public List<CaseChange> flakinessChanges() {
        return changes.stream().filter(c -> c.kind() == CaseChange.Kind.BECAME_FLAKY
                || c.kind() == CaseChange.Kind.STEADIED).toList();
    }

    static CaseChange change(CaseStats was, CaseStats now) {
        double[] interval = difference(now.passed(), now.runs(), was.passed(), was.runs());
        int before = level(was);
        int after = level(now);
        CaseChange.Kind kind;
        if (after < before) {
            kind = CaseChange.Kind.REGRESSION;
        } else if (after > before) {
            kind = CaseChange.Kind.FIX;
        } else if (now.flaky() != was.flaky()) {
            kind = now.flaky() ? CaseChange.Kind.BECAME_FLAKY : CaseChange.Kind.STEADIED;
        } else {
            kind = CaseChange.Kind.UNCHANGED;
        }
        boolean significant = apart(was.passed(), was.runs(), now.passed(), now.runs());
        return new CaseChange(kind, was, now, significant, interval[0], interval[1]);
    }

    /** 2 when every repeat passed, 1 when some did, 0 when none did. */
    private static int level(CaseStats stats) {
        return stats.passedAll() ? 2 : stats.passed() > 0 ? 1 : 0;
    }

    /** Whether the Wilson 95% intervals of the two pass rates do not overlap. */
    static boolean apart(int s1, int n1, int s2, int n2) {
        if (n1 == 0 || n2 == 0) {
            return false;
        }
        double[] first = CaseStats.wilson(s1, n1);
        double[] second = CaseStats.wilson(s2, n2);
        return first[1] < second[0] || second[1] < first[0];
    }

    /** Newcombe's hybrid score interval (95%) for p1 - p2. */
    static double[] difference(int s1, int n1, int s2, int n2) {
        if (n1 == 0 || n2 == 0) {
            return new double[] {-1, 1};
        }
        double p1 = (double) s1 / n1;
        double p2 = (double) s2 / n2;
        double[] w1 = CaseStats.wilson(s1, n1);
        double[] w2 = CaseStats.wilson(s2, n2);
        double d = p1 - p2;
        double low = d - Math.sqrt(square(p1 - w1[0]) + square(w2[1] - p2));
        double high = d + Math.sqrt(square(w1[1] - p1) + square(p2 - w2[0]));
        return new double[] {low, high};
    }

    private static double square(double x) {
        return x * x;
    }

    private static Totals totals(List<CaseStats> cases) {
        int cells = 0;
        int passed = 0;
        double score = 0;
        long latency = 0;
        BigDecimal cost = BigDecimal.ZERO;
        for (CaseStats stats : cases) {
            cells += stats.runs();
            passed += stats.passed();
            score += stats.meanScore() * stats.runs();
            latency += stats.meanLatencyMs() * stats.runs();
            cost = cost.add(stats.costUsd());
        }
        return new Totals(cells, passed, cells == 0 ? 0 : score / cells, cells == 0 ? 0 : latency / cells, cost);
    }
}
