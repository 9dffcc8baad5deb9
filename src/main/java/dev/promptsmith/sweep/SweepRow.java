package dev.promptsmith.sweep;

import java.math.BigDecimal;

/**
 * One model of a sweep.
 *
 * @param low       the lower end of the pass rate's 95% Wilson interval
 * @param high      its upper end
 * @param costUsd   what the model's answers cost; {@code null} when an answer had no price (see {@code unpriced})
 * @param unpriced  how many answers had no price
 * @param pValue    Fisher's p of this model's passes against the best model's (1 for the best itself)
 * @param notWorse  whether its pass rate is not significantly worse than the best one's
 * @param onFront   whether no other model is at least as good on pass rate, cost and latency and better on one
 */
public record SweepRow(String model, int passed, int cells, int errors, double low, double high, BigDecimal costUsd,
                       int unpriced, long latencyP50Ms, double pValue, boolean notWorse, boolean onFront) {

    public double passRate() {
        return cells == 0 ? 0 : (double) passed / cells;
    }

    public boolean priced() {
        return costUsd != null;
    }
}
