package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Embedder;
import dev.promptsmith.check.Verdict;
import java.util.List;

/**
 * similar, similar:cosine, similar:dot, similar:euclidean: the output's and the value's embeddings
 * are close, as in promptfoo. Cosine similarity (similar, similar:cosine) and the dot product reach
 * the threshold (default 0.75); the Euclidean distance stays at or under it, and scores
 * 1 / (1 + distance). With a list of values, the closest one counts.
 */
final class SimilarCheck implements Check {

    enum Measure {
        COSINE, DOT, EUCLIDEAN
    }

    private final Embedder embedder;
    private final String type;
    private final Measure measure;

    SimilarCheck(Embedder embedder) {
        this(embedder, "similar", Measure.COSINE);
    }

    SimilarCheck(Embedder embedder, String type, Measure measure) {
        this.embedder = embedder;
        this.type = type;
        this.measure = measure;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public String description() {
        return switch (measure) {
            case COSINE -> "The output means much the same as the value: cosine similarity of their embeddings reaches "
                    + "the threshold (default 0.75).";
            case DOT -> "The dot product of the output's and the value's embeddings reaches the threshold (default 0.75).";
            case EUCLIDEAN -> "The Euclidean distance between the output's and the value's embeddings is at most the "
                    + "threshold (default 0.75).";
        };
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        List<String> references = spec.value() instanceof List<?> list
                ? list.stream().map(String::valueOf).toList() : List.of(spec.text());
        if (references.stream().allMatch(String::isBlank)) {
            throw new IllegalArgumentException(type + " needs a reference text as value");
        }
        float[] output = embedder.embed(input.output());
        double threshold = spec.threshold(0.75);
        String against = Quote.of(String.join(" | ", references));
        if (measure == Measure.EUCLIDEAN) {
            double nearest = references.stream().mapToDouble(r -> euclidean(output, embedder.embed(r))).min().orElse(0);
            return Verdict.scored(nearest <= threshold, 1 / (1 + nearest), "be within Euclidean distance " + threshold
                    + " of " + against, "the distance was %.3f".formatted(nearest));
        }
        double best = references.stream().mapToDouble(r -> measure == Measure.DOT ? dot(output, embedder.embed(r))
                : cosine(output, embedder.embed(r))).max().orElse(0);
        return Verdict.scored(best >= threshold, best, "be similar to " + against + " (threshold " + threshold
                + (measure == Measure.DOT ? ", dot product" : "") + ")", "the similarity was %.3f".formatted(best));
    }

    static double cosine(float[] a, float[] b) {
        double na = dot(a, a);
        double nb = dot(b, b);
        return na == 0 || nb == 0 ? 0 : dot(a, b) / Math.sqrt(na * nb);
    }

    static double dot(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    static double euclidean(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            double d = (i < a.length ? a[i] : 0) - (i < b.length ? b[i] : 0);
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
