package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * rouge-n: ROUGE-N recall of the reference's word n-grams in the output (n from the check's
 * {@code n}, default 1), at least the threshold (default 0.75, as in promptfoo).
 */
final class RougeNCheck implements Check {

    @Override
    public String type() {
        return "rouge-n";
    }

    @Override
    public String description() {
        return "The share of the reference's word n-grams found in the output (ROUGE-N recall) reaches the "
                + "threshold (default 0.75; n defaults to 1).";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        int n = spec.config().get("n") instanceof Number number ? number.intValue() : 1;
        Map<String, Integer> reference = grams(spec.text(), n);
        if (reference.isEmpty()) {
            throw new IllegalArgumentException("rouge-n needs a reference text of at least " + n + " words");
        }
        Map<String, Integer> output = grams(input.output(), n);
        int overlap = 0;
        int total = 0;
        for (Map.Entry<String, Integer> gram : reference.entrySet()) {
            overlap += Math.min(gram.getValue(), output.getOrDefault(gram.getKey(), 0));
            total += gram.getValue();
        }
        double recall = (double) overlap / total;
        double threshold = spec.threshold(0.75);
        return Verdict.scored(recall >= threshold, recall, "have ROUGE-" + n + " of at least " + threshold
                + " against " + Quote.of(spec.text()), "it was %.2f".formatted(recall));
    }

    private static Map<String, Integer> grams(String text, int n) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        Map<String, Integer> grams = new HashMap<>();
        java.util.List<String> clean = java.util.Arrays.stream(words).filter(w -> !w.isEmpty()).toList();
        for (int i = 0; i + n <= clean.size(); i++) {
            grams.merge(String.join(" ", clean.subList(i, i + n)), 1, Integer::sum);
        }
        return grams;
    }
}
