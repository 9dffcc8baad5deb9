package dev.promptsmith.cli;

import dev.promptsmith.suite.results.CaseChange;
import dev.promptsmith.suite.results.CaseStats;
import dev.promptsmith.suite.results.RunComparison;
import dev.promptsmith.suite.results.Significance;
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
        out.printf("Against baseline %s: pass rate %.1f%% -> %.1f%% (%s), mean score %.2f -> %.2f, mean latency %d -> %d ms%n",
                baseline, before.passRate() * 100, after.passRate() * 100,
                Significance.words(comparison.pValue()), before.meanScore(), after.meanScore(),
                before.meanLatencyMs(), after.meanLatencyMs());
        for (CaseChange change : comparison.regressions()) {
            line("REGRESSION", change, out);
        }
        for (CaseChange change : comparison.fixes()) {
            line("FIXED", change, out);
        }
        for (CaseChange change : comparison.flakinessChanges()) {
            line(change.candidate().flaky() ? "NOW FLAKY" : "NO LONGER FLAKY", change, out);
        }
        names("ONLY IN THE BASELINE", comparison.onlyInBaseline(), out);
        names("ONLY IN THIS RUN", comparison.onlyInCandidate(), out);
    }

    private static void line(String what, CaseChange change, PrintWriter out) {
        out.printf("  %s %s: %d/%d -> %d/%d passed (%s)%n", what, change.label(), change.baseline().passed(),
                change.baseline().runs(), change.candidate().passed(), change.candidate().runs(),
                Significance.words(change.pValue()));
    }

    /** The first {@value #NAMED} cases by name, then how many more. */
    private static void names(String title, List<CaseStats> cases, PrintWriter out) {
        cases.stream().limit(NAMED).forEach(c -> out.printf("  %s %s%n", title, c.label()));
        if (cases.size() > NAMED) {
            out.printf("  %s: %d more%n", title, cases.size() - NAMED);
        }
    }
}
