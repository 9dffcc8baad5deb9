package dev.promptsmith.cli;

import dev.promptsmith.suite.results.CaseChange;
import dev.promptsmith.suite.results.CaseStats;
import dev.promptsmith.suite.results.RunComparison;
import java.io.PrintWriter;
import java.util.List;

/** A comparison with the baseline on the terminal: totals, then every flip. */
final class ComparisonPrinter {

    private static final int NAMED = 10;

    private ComparisonPrinter() {
    }

    static void print(RunComparison comparison, String baseline, PrintWriter out) {
        RunComparison.Totals before = comparison.baseline();
        RunComparison.Totals after = comparison.candidate();
        out.printf("Against baseline %s: pass rate %.1f%% -> %.1f%%, mean score %.2f -> %.2f, mean latency %d -> %d ms%n",
                baseline, before.passRate() * 100, after.passRate() * 100, before.meanScore(), after.meanScore(),
                before.meanLatencyMs(), after.meanLatencyMs());
        for (CaseChange change : comparison.regressions()) {
            out.printf("  REGRESSION%s %s: %d/%d -> %d/%d passed%n", change.significant() ? " (significant)" : "",
                    change.label(), change.baseline().passed(), change.baseline().runs(), change.candidate().passed(),
                    change.candidate().runs());
        }
        for (CaseChange change : comparison.fixes()) {
            out.printf("  FIXED %s: %d/%d -> %d/%d passed%n", change.label(), change.baseline().passed(),
                    change.baseline().runs(), change.candidate().passed(), change.candidate().runs());
        }
        for (CaseChange change : comparison.flakinessChanges()) {
            out.printf("  %s %s: %d/%d -> %d/%d passed%n", change.kind() == CaseChange.Kind.BECAME_FLAKY
                            ? "NOW FLAKY" : "NO LONGER FLAKY", change.label(), change.baseline().passed(),
                    change.baseline().runs(), change.candidate().passed(), change.candidate().runs());
        }
        names("ONLY IN THE BASELINE", comparison.onlyInBaseline(), out);
        names("ONLY IN THIS RUN", comparison.onlyInCandidate(), out);
    }

    /** The first {@value #NAMED} cases by name, then how many more. */
    private static void names(String title, List<CaseStats> cases, PrintWriter out) {
        cases.stream().limit(NAMED).forEach(c -> out.printf("  %s %s%n", title, c.label()));
        if (cases.size() > NAMED) {
            out.printf("  %s: %d more%n", title, cases.size() - NAMED);
        }
    }
}
