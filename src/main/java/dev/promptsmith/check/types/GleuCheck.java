package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import java.util.List;

/**
 * gleu: Google-BLEU as promptfoo computes it: over all 1- to 4-grams, the lesser of precision and
 * recall of the matches, words lower-cased and stripped of trailing periods; the best of several
 * references counts; an empty output scores 0. Passes at the threshold (default 0.5).
 */
final class GleuCheck implements Check {

    private static final int MAX_N = 4;

    @Override
    public String type() {
        return "gleu";
    }

    @Override
    public String description() {
        return "GLEU (the lesser of 1-4-gram precision and recall) against the best reference reaches the threshold "
                + "(default 0.5).";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        List<String> references = NGrams.references(spec);
        double score = score(input.output(), references);
        double threshold = spec.threshold(0.5);
        return Verdict.scored(score >= threshold, score, "have a GLEU score of at least " + threshold + " against "
                + Quote.of(String.join(" | ", references)), "it was %.4f".formatted(score));
    }

    static double score(String output, List<String> references) {
        List<String> candidate = NGrams.words(output, true);
        if (candidate.isEmpty()) {
            return 0;
        }
        double best = 0;
        for (String text : references) {
            List<String> reference = NGrams.words(text, true);
            if (reference.equals(candidate)) {
                return 1;
            }
            int matched = 0;
            int candidateTotal = 0;
            int referenceTotal = 0;
            for (int n = 1; n <= MAX_N; n++) {
                matched += NGrams.clipped(NGrams.counts(candidate, n), NGrams.counts(reference, n));
                candidateTotal += NGrams.total(candidate, n);
                referenceTotal += NGrams.total(reference, n);
            }
            if (candidateTotal > 0 && referenceTotal > 0) {
                best = Math.max(best, Math.min((double) matched / candidateTotal, (double) matched / referenceTotal));
            }
        }
        return best;
    }
}
