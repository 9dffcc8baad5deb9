package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Embedder;
import dev.promptsmith.check.Verdict;
import java.util.List;

/**
 * similar: the cosine similarity of the output's and the value's embeddings reaches the
 * threshold (default 0.75, as in promptfoo); with a list of values, the closest one counts.
 */
final class SimilarCheck implements Check {

    private final Embedder embedder;

    SimilarCheck(Embedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public String type() {
        return "similar";
    }

    @Override
    public String description() {
        return "The output means much the same as the value: cosine similarity of their embeddings reaches the "
                + "threshold (default 0.75).";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        List<String> references = spec.value() instanceof List<?> list
                ? list.stream().map(String::valueOf).toList() : List.of(spec.text());
        if (references.stream().allMatch(String::isBlank)) {
            throw new IllegalArgumentException("similar needs a reference text as value");
        }
        float[] output = embedder.embed(input.output());
        double best = references.stream().mapToDouble(r -> cosine(output, embedder.embed(r))).max().orElse(0);
        double threshold = spec.threshold(0.75);
        return Verdict.scored(best >= threshold, best, "be similar to " + Quote.of(String.join(" | ", references))
                + " (threshold " + threshold + ")", "the similarity was %.3f".formatted(best));
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
