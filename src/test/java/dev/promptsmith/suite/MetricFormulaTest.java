package dev.promptsmith.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricFormulaTest {

    @Test
    void aFormulaFollowsArithmeticPrecedenceAndParentheses() {
        MetricFormula f1 = MetricFormula.parse("2 * tp / (2 * tp + fp + fn)");

        assertThat(f1.evaluate(Map.of("tp", 3.0, "fp", 1.0, "fn", 2.0))).isEqualTo(6.0 / 9);
        assertThat(MetricFormula.parse("1 + 2 * 3 - -4 / 2").evaluate(Map.of())).isEqualTo(9.0);
        assertThat(f1.names()).containsExactly("fn", "fp", "tp");
    }

    @Test
    void aMissingMetricIsZeroAndDividingByZeroGivesNoValue() {
        assertThat(MetricFormula.parse("accuracy * 0.6 + relevance * 0.4").evaluate(Map.of("accuracy", 1.0)))
                .isEqualTo(0.6);
        assertThat(MetricFormula.parse("APE / __count").evaluate(Map.of("APE", 2.0))).isNaN();
    }

    @Test
    void whatIsNotArithmeticIsRefusedSayingWhere() {
        assertThatThrownBy(() -> MetricFormula.parse("tp > 0 ? tp : 0"))
                .hasMessage("the formula 'tp > 0 ? tp : 0' has '>' at character 4 (a formula has numbers, metric "
                        + "names, + - * / and parentheses)");
        assertThatThrownBy(() -> MetricFormula.parse("(a + b")).hasMessage("the formula '(a + b' ends too early");
    }
}
