package dev.promptsmith.ui.runs;

import com.vaadin.flow.component.html.Paragraph;
import dev.promptsmith.suite.results.RunComparison;
import dev.promptsmith.suite.results.Significance;

/** The compare screen's words for what its numbers say, by the one rule of {@link Significance}. */
final class ComparisonWords {

    private ComparisonWords() {
    }

    static Paragraph verdict(RunComparison comparison) {
        double before = comparison.baseline().passRate();
        double after = comparison.candidate().passRate();
        String rates = RunFormats.percent(before) + " → " + RunFormats.percent(after) + ", "
                + RunFormats.points(after - before);
        String test = Significance.p(comparison.pValue()) + ", Fisher's exact test";
        Paragraph verdict = new Paragraph();
        verdict.setId("compare-verdict");
        verdict.addClassName("compare-verdict");
        if (comparison.significantDrop()) {
            verdict.setText("The pass rate dropped significantly: " + rates + " (" + test + ").");
            verdict.addClassName("significant");
        } else if (comparison.significantRise()) {
            verdict.setText("The pass rate rose significantly: " + rates + " (" + test + ").");
        } else if (after != before) {
            verdict.setText("The pass rate is " + (after < before ? "lower" : "higher") + " (" + rates
                    + "), but not significantly: it could be chance (" + test + ").");
        } else {
            verdict.setText("The pass rate is the same: " + RunFormats.percent(after) + ".");
        }
        return verdict;
    }
}
