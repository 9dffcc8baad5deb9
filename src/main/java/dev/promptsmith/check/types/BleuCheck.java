package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import java.util.List;

/**
 * bleu: BLEU-4 as promptfoo computes it (Papineni et al.): the geometric mean of the clipped 1- to
 * 4-gram precisions, each against the reference that matches best, a precision of 0 smoothed to
 * 1e-7, times the brevity penalty against the reference closest in length. Passes at the threshold
 * (default 0.5).
 */
final class BleuCheck implements Check {

    private static final int MAX_N = 4;
    private static final double SMOOTHED_ZERO = 1e-7;

    @Override
    public String type() {
        return "bleu";
    }

    @Override
    public String description() {
        return "BLEU-4 against the reference (or the best of several) reaches the threshold (default 0.5).";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        List<String> references = NGrams.references(spec).stream().filter(r -> !r.isBlank()).toList();
        double score = score(input.output(), references);
        double threshold = spec.threshold(0.5);
        return Verdict.scored(score >= threshold, score, "have a BLEU score of at least " + threshold + " against "
                + Quote.of(String.join(" | ", references)), "it was %.4f".formatted(score));
    }

    static double score(String output, List<String> references) {
        List<String> candidate = NGrams.words(output, false);
        if (candidate.isEmpty() || references.isEmpty()) {
            return 0;
        }
        List<List<String>> referenceWords = references.stream().map(r -> NGrams.words(r, false)).toList();
        double logSum = 0;
        for (int n = 1; n <= MAX_N; n++) {
            var candidateGrams = NGrams.counts(candidate, n);
            int best = 0;
            for (List<String> reference : referenceWords) {
                best = Math.max(best, NGrams.clipped(candidateGrams, NGrams.counts(reference, n)));
            }
            int total = NGrams.total(candidate, n);
            double precision = total == 0 ? 0 : (double) best / total;
            logSum += Math.log(precision == 0 ? SMOOTHED_ZERO : precision) / MAX_N;
        }
        int closest = referenceWords.getFirst().size();
        for (List<String> reference : referenceWords) {
            if (Math.abs(reference.size() - candidate.size()) < Math.abs(closest - candidate.size())) {
                closest = reference.size();
            }
        }
        double brevity = candidate.size() > closest ? 1 : Math.exp(1 - (double) closest / candidate.size());
        return brevity * Math.exp(logSum);
    }
}
