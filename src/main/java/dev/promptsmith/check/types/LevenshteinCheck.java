package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.TextDistance;
import dev.promptsmith.check.Verdict;

/** levenshtein: the edit distance to the value is at most the threshold (default 5), as in promptfoo. */
final class LevenshteinCheck implements Check {

    @Override
    public String type() {
        return "levenshtein";
    }

    @Override
    public String description() {
        return "The edit distance between the output and the value is at most the threshold (default 5).";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        int threshold = (int) spec.threshold(5);
        int distance = TextDistance.levenshtein(input.output(), spec.text());
        int longest = Math.max(1, Math.max(input.output().length(), spec.text().length()));
        return Verdict.scored(distance <= threshold, 1.0 - (double) distance / longest,
                "be within " + threshold + " edits of " + Quote.of(spec.text()), "it was " + distance + " edits away");
    }
}
