package dev.promptsmith.suite.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.check.json.OutputJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelStatsTest {

    @Test
    void passRateScoreLatencyPercentilesTokensAndCostPerPromptAndModel() {
        List<Sample> samples = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            samples.add(new Sample("p", i, "case " + i, "a", i % 4 != 0, false, i % 4 != 0 ? 1 : 0.5, i * 10L, 30,
                    new BigDecimal("0.001")));
        }
        samples.add(new Sample("p", 1, "case 1", "b", false, true, 0, 0, 0, null));

        List<ModelStats> stats = ModelStats.of(samples);

        assertThat(stats).hasSize(2);
        ModelStats a = stats.getFirst();
        assertThat(a.cells()).isEqualTo(20);
        assertThat(a.passed()).isEqualTo(15);
        assertThat(a.passRate()).isEqualTo(0.75);
        assertThat(a.meanScore()).isEqualTo((15 + 2.5) / 20);
        assertThat(a.latencyP50Ms()).isEqualTo(100);
        assertThat(a.latencyP95Ms()).isEqualTo(190);
        assertThat(a.tokens()).isEqualTo(600);
        assertThat(a.costUsd()).isEqualByComparingTo("0.02");
        ModelStats b = stats.get(1);
        assertThat(b.errors()).isEqualTo(1);
        assertThat(b.latencyP50Ms()).as("errors have no latency").isZero();
    }

    @Test
    void jsonRatesCountOnlyOutputsThatAskForOrLookLikeJson() {
        // given: a model with a valid, a cut-off, an invalid and an uncounted prose output, and an error
        List<Sample> samples = List.of(
                json(OutputJson.Shape.VALID, false, true),
                json(OutputJson.Shape.REPAIRED, true, true),
                json(OutputJson.Shape.NOT_JSON, false, true),
                json(OutputJson.Shape.NOT_JSON, true, false),
                new Sample("p", 0, "case", "a", false, true, 0, 0, 0, null));

        // when
        JsonRates rates = ModelStats.of(samples).getFirst().json();

        // then
        assertThat(rates).isEqualTo(new JsonRates(3, 1, 1, 1));
        assertThat(rates.cutOffRate()).isEqualTo(1 / 3.0);
        assertThat(rates.anyCutOffOrRepaired()).isTrue();
    }

    private static Sample json(OutputJson.Shape shape, boolean cutOff, boolean counted) {
        return new Sample("p", 0, "case", "a", true, false, 1, 10, 10, null, shape, cutOff, counted);
    }
}
