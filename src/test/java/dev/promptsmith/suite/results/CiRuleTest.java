package dev.promptsmith.suite.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CiRuleTest {

    @Test
    void aRunPassesWhenItsPassRateReachesTheRuleAndNothingRegressed() {
        assertThat(new CiRule(0.8).judge(0.8, null)).isEqualTo(new CiRule.Verdict(true, "PASSED"));
        assertThat(new CiRule(1.0).judge(1.0, null).passed()).isTrue();
    }

    @Test
    void aPassRateUnderTheRuleFailsFirst() {
        assertThat(new CiRule(0.9).judge(0.85, regressed()))
                .isEqualTo(new CiRule.Verdict(false, "FAILED: the pass rate is under 0.9"));
    }

    @Test
    void aSignificantRegressionFailsEvenAboveThePassRate() {
        assertThat(new CiRule(0).judge(0.5, regressed()))
                .isEqualTo(new CiRule.Verdict(false, "FAILED: significant regressions against the baseline"));
    }

    @Test
    void aRegressionThatMayBeChanceDoesNotFail() {
        RunComparison oneSample = RunComparison.of(List.of(stats(1, 1, 1)), List.of(stats(1, 0, 1)));

        assertThat(oneSample.regressions()).hasSize(1);
        assertThat(new CiRule(0).judge(0, oneSample).passed()).isTrue();
    }

    @Test
    void aRateOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new CiRule(1.5)).hasMessageContaining("between 0 and 1, not 1.5");
        assertThatThrownBy(() -> new CiRule(Double.NaN)).hasMessageContaining("between 0 and 1");
    }

    private static RunComparison regressed() {
        return RunComparison.of(List.of(stats(1, 5, 5)), List.of(stats(1, 0, 5)));
    }

    private static CaseStats stats(int test, int passed, int runs) {
        double[] interval = CaseStats.wilson(passed, runs);
        return new CaseStats("p", test, "case " + test, "m", passed, runs, 0, 1, 10, BigDecimal.ZERO, interval[0],
                interval[1]);
    }
}
