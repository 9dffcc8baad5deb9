package dev.promptsmith.check;

/**
 * What a check found, before negation.
 *
 * @param holds       whether the output does what {@code expectation} says
 * @param score       0..1, how well it does (1 or 0 for yes/no checks)
 * @param expectation what was expected, phrased to follow "Expected output to", e.g. {@code contain "total"}
 * @param observed    what was found, phrased to follow "but", e.g. {@code it did not}
 */
public record Verdict(boolean holds, double score, String expectation, String observed) {

    public static Verdict of(boolean holds, String expectation) {
        return new Verdict(holds, holds ? 1 : 0, expectation, holds ? "it did" : "it did not");
    }

    public static Verdict scored(boolean holds, double score, String expectation, String observed) {
        return new Verdict(holds, Math.max(0, Math.min(1, score)), expectation, observed);
    }
}
