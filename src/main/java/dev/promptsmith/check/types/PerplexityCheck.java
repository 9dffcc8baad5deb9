package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CellErrorException;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * perplexity and perplexity-score, from the token log probabilities of the answer, with promptfoo's
 * formulas: perplexity is {@code exp(-mean log p)} and passes at most the threshold; the score is
 * {@code 1 / (1 + exp(-mean log p))} and passes at least it. Without a threshold both pass. A model
 * that returned no log probabilities makes the cell an error, as in promptfoo.
 */
final class PerplexityCheck implements Check {

    private final boolean normalised;

    private PerplexityCheck(boolean normalised) {
        this.normalised = normalised;
    }

    static PerplexityCheck perplexity() {
        return new PerplexityCheck(false);
    }

    static PerplexityCheck score() {
        return new PerplexityCheck(true);
    }

    @Override
    public String type() {
        return normalised ? "perplexity-score" : "perplexity";
    }

    @Override
    public String description() {
        return normalised
                ? "1 / (1 + exp(-mean token log probability)) of the answer is at least the threshold (needs log "
                + "probabilities from the provider)."
                : "The answer's perplexity, exp(-mean token log probability), is at most the threshold (needs log "
                + "probabilities from the provider).";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        List<Double> logProbs = input.logProbs();
        if (logProbs == null || logProbs.isEmpty()) {
            throw new CellErrorException(type() + " needs the token log probabilities of the answer, and "
                    + input.model().name() + " returned none (OpenAI-compatible providers return them when the "
                    + "config asks with passthrough: {logprobs: true})");
        }
        double mean = logProbs.stream().mapToDouble(Double::doubleValue).sum() / logProbs.size();
        Double threshold = spec.threshold();
        if (normalised) {
            double score = 1 / (1 + Math.exp(-mean));
            boolean holds = threshold == null || score >= threshold;
            return new Verdict(holds, score, threshold == null ? "have a perplexity score"
                    : "have a perplexity score of at least " + threshold, String.format(Locale.ROOT, "it was %.2f", score));
        }
        double perplexity = Math.exp(-mean);
        boolean holds = threshold == null || perplexity <= threshold;
        return new Verdict(holds, holds ? 1 : 0, threshold == null ? "have a perplexity"
                : "have a perplexity of at most " + threshold, String.format(Locale.ROOT, "it was %.2f", perplexity));
    }
}
