package dev.promptsmith.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.suite.results.Sample;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepAnalysisTest {

    @Test
    void aCheapModelSignificantlyWorseThanTheBestIsNotRecommended() {
        // given: the best passes 10 of 10, the cheapest 2 of 10 (p < 0.001), a middle one 9 of 10
        List<Sample> samples = new ArrayList<>();
        samples.addAll(model("big", 10, 10, "0.010", 900));
        samples.addAll(model("tiny", 2, 10, "0.0001", 200));
        samples.addAll(model("mid", 9, 10, "0.001", 400));

        // when
        ModelSweep sweep = SweepAnalysis.of(samples);

        // then
        assertThat(sweep.best()).contains("big");
        assertThat(sweep.recommended()).contains("mid");
        assertThat(sweep.row("tiny").orElseThrow().notWorse()).isFalse();
        assertThat(sweep.row("mid").orElseThrow().notWorse()).isTrue();
        assertThat(sweep.reason()).isEqualTo("mid is the cheapest model whose pass rate, 90.0% (9/10), is not "
                + "significantly worse than the best, big with 100.0% (10/10) (p = 1.00): $0.01 against $0.1.");
    }

    @Test
    void aCheapModelAsGoodAsTheBestIsRecommended() {
        // given
        List<Sample> samples = new ArrayList<>();
        samples.addAll(model("big", 8, 8, "0.010", 900));
        samples.addAll(model("small", 8, 8, "0.001", 300));

        // when
        ModelSweep sweep = SweepAnalysis.of(samples);

        // then: on a tie of pass rates the cheaper one is the best, and nothing is cheaper
        assertThat(sweep.best()).contains("small");
        assertThat(sweep.recommended()).contains("small");
        assertThat(sweep.reason()).isEqualTo("small has the best pass rate, 100.0% (8/8) at $0.008; no model is cheaper.");
    }

    @Test
    void theFrontHoldsTheModelsNoOtherBeatsOnPassRateCostAndLatencyAtOnce() {
        // given: "slow" is worse than "mid" on everything; "big" is best on pass rate, "tiny" on cost and latency
        List<Sample> samples = new ArrayList<>();
        samples.addAll(model("big", 10, 10, "0.010", 900));
        samples.addAll(model("mid", 9, 10, "0.001", 400));
        samples.addAll(model("slow", 8, 10, "0.002", 800));
        samples.addAll(model("tiny", 2, 10, "0.0001", 200));

        // when
        ModelSweep sweep = SweepAnalysis.of(samples);

        // then
        assertThat(sweep.rows()).filteredOn(SweepRow::onFront).extracting(SweepRow::model)
                .containsExactly("big", "mid", "tiny");
        SweepRow big = sweep.row("big").orElseThrow();
        assertThat(big.low()).isBetween(0.7, 0.73);
        assertThat(big.high()).isEqualTo(1.0);
        assertThat(big.latencyP50Ms()).isEqualTo(900);
        assertThat(big.costUsd()).isEqualByComparingTo("0.1");
    }

    @Test
    void aModelWithoutAPriceIsNeverTakenAsFree() {
        // given: the local model passes as well as the priced one, but its answers carry no price
        List<Sample> samples = new ArrayList<>();
        samples.addAll(model("priced", 6, 6, "0.001", 300));
        samples.addAll(model("local", 6, 6, null, 100));

        // when
        ModelSweep sweep = SweepAnalysis.of(samples);

        // then
        SweepRow local = sweep.row("local").orElseThrow();
        assertThat(local.priced()).isFalse();
        assertThat(local.unpriced()).isEqualTo(6);
        assertThat(local.onFront()).as("not comparable on cost, so nothing beats it").isTrue();
        assertThat(sweep.recommended()).contains("priced");
        assertThat(sweep.reason()).endsWith("Price unknown for local, so it was not weighed on cost.");
        assertThat(SweepAnalysis.usd(local.costUsd())).isEqualTo("price unknown");
    }

    @Test
    void withoutResultsNothingIsRecommended() {
        ModelSweep sweep = SweepAnalysis.of(List.of());

        assertThat(sweep.rows()).isEmpty();
        assertThat(sweep.recommended()).isEmpty();
        assertThat(sweep.reason()).isEqualTo("No results yet.");
    }

    /** {@code cells} answers of a model, the first {@code passed} passing, each costing {@code cost} (null: no price). */
    private static List<Sample> model(String name, int passed, int cells, String cost, long latencyMs) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < cells; i++) {
            samples.add(new Sample("prompt", i, "case " + i, name, i < passed, false, i < passed ? 1 : 0, latencyMs,
                    40, cost == null ? null : new BigDecimal(cost)));
        }
        return samples;
    }
}
