package dev.promptsmith.suite.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A later run set against an earlier one, case by case. A case flips when its pass rate moves
 * between "all repeats pass", "some pass" and "none pass"; whether a change is significant is the
 * one rule of {@link Significance}.
 *
 * @param onlyInBaseline  cases the later run did not have
 * @param onlyInCandidate cases the earlier run did not have
 * @param pValue          Fisher's p for the totals' pass counts
 */
public record RunComparison(List<CaseChange> changes, List<CaseStats> onlyInBaseline, List<CaseStats> onlyInCandidate,
                            Totals baseline, Totals candidate, double pValue) {

    /** The pass rate over the cases both runs have dropped, significantly. */
    public boolean significantDrop() {
        return Significance.significant(pValue) && candidate.passRate() < baseline.passRate();
    }

    /** The pass rate rose, significantly. */
    public boolean significantRise() {
        return Significance.significant(pValue) && candidate.passRate() > baseline.passRate();
    }

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
        return new RunComparison(changes, List.copyOf(before.values()), onlyAfter, totalBefore, totalAfter,
                Significance.pValue(totalBefore.passed(), totalBefore.cells(), totalAfter.passed(), totalAfter.cells()));
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

    /**
     * Cases whose repeats began or ceased to disagree, whatever else changed: 3 of 3 to 2 of 3 is a
     * regression and a case that became flaky.
     */
    public List<CaseChange> flakinessChanges() {
        return changes.stream().filter(c -> c.baseline().flaky() != c.candidate().flaky()).toList();
    }

    static CaseChange change(CaseStats was, CaseStats now) {
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
        return new CaseChange(kind, was, now, Significance.pValue(was.passed(), was.runs(), now.passed(), now.runs()));
    }

    /** 2 when every repeat passed, 1 when some did, 0 when none did. */
    private static int level(CaseStats stats) {
        return stats.passedAll() ? 2 : stats.passed() > 0 ? 1 : 0;
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
