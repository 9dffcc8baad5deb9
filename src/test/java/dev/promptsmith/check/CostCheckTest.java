package dev.promptsmith.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.FinishReason;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CostCheckTest {

    private static final CheckEngine ENGINE = CheckTypesTest.ENGINE;
    private static final AnsweringModel LLAMA = new AnsweringModel("local-llama", null, null, null);

    @Test
    void aModelWithoutAPriceMakesTheCellAnErrorThatSaysSoNotAFailedAnswer() {
        CheckInput unpriced = new CheckInput("ok", Map.of(), "prompt", FinishReason.STOP, 10L, null)
                .answeredBy(LLAMA, null);

        CaseVerdict verdict = ENGINE.evaluate(List.of(Map.of("type", "cost", "threshold", 0.01)), null, unpriced);

        assertThat(verdict.error()).isEqualTo("cost: price unknown: local-llama has no price in the price table "
                + "(Models screen, Prices), so the cost of its answer is not known");
        assertThat(verdict.pass()).isFalse();
    }

    @Test
    void aPricedAnswerIsJudgedByItsCost() {
        CheckInput cheap = new CheckInput("ok", Map.of(), "prompt", FinishReason.STOP, 10L, new BigDecimal("0.002"))
                .answeredBy(LLAMA, null);
        CheckInput dear = new CheckInput("ok", Map.of(), "prompt", FinishReason.STOP, 10L, new BigDecimal("0.2"))
                .answeredBy(LLAMA, null);

        assertThat(ENGINE.evaluate(List.of(Map.of("type", "cost", "threshold", 0.01)), null, cheap).pass()).isTrue();
        CaseVerdict tooDear = ENGINE.evaluate(List.of(Map.of("type", "cost", "threshold", 0.01)), null, dear);
        assertThat(tooDear.pass()).isFalse();
        assertThat(tooDear.error()).isNull();
    }
}
