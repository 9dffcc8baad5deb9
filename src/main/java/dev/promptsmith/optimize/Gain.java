package dev.promptsmith.optimize;

/**
 * The best candidate against the start on the validation cases, judged as the compare screen does
 * ({@link dev.promptsmith.suite.results.Significance}).
 *
 * @param pValue      two-sided p-value of the difference in pass rates
 * @param significant whether {@code pValue} is below {@link dev.promptsmith.suite.results.Significance#ALPHA}
 */
public record Gain(int startPasses, int startTotal, int bestPasses, int bestTotal, double pValue,
                   boolean significant) {

    public double startScore() {
        return startTotal == 0 ? 0 : startPasses / (double) startTotal;
    }

    public double bestScore() {
        return bestTotal == 0 ? 0 : bestPasses / (double) bestTotal;
    }
}
