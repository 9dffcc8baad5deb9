package dev.promptsmith.ui.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.run.RunService;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunEstimateTest {

    @Test
    void anEstimateNamesCellsTokensAndCost() {
        String text = RunEstimate.describe(new RunService.Estimate(22, 14_912, 5_632, new BigDecimal("0.00412"),
                List.of()));

        assertThat(text).isEqualTo("22 cells · ~14912 tokens in, up to 5632 out · about $0.0041");
    }

    @Test
    void modelsWithoutAPriceAreNamedAndTheCostIsALowerBound() {
        String text = RunEstimate.describe(new RunService.Estimate(1, 700, 256, BigDecimal.ZERO,
                List.of("Mystery", "Other")));

        assertThat(text).isEqualTo("1 cell · ~700 tokens in, up to 256 out · at least $0.0000 · "
                + "price unknown for Mystery, Other");
    }
}
