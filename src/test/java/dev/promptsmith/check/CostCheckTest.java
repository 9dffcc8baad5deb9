package dev.promptsmith.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.FinishReason;
import dev.promptsmith.model.ProviderKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CostCheckTest {

    private static final CheckEngine ENGINE = CheckTypesTest.ENGINE;
    private static final AnsweringModel HOSTED = new AnsweringModel("Mystery (anthropic:messages:zz-1)",
            ProviderKind.ANTHROPIC, null, null);

    @Test
    void aHostedModelWithoutAPriceMakesTheCellAnErrorThatSaysWhereToSetOneNotAFailedAnswer() {
        CheckInput unpriced = new CheckInput("ok", Map.of(), "prompt", FinishReason.STOP, 10L, null)
                .answeredBy(HOSTED, null);

        CaseVerdict verdict = ENGINE.evaluate(List.of(Map.of("type", "cost", "threshold", 0.01)), null, unpriced);

        assertThat(verdict.error()).isEqualTo("cost: price unknown: Mystery (anthropic:messages:zz-1) is a hosted "
                + "model without a price, so the cost of its answer is not known: set its price per million tokens "
                + "on the Models screen, under Prices");
        assertThat(verdict.pass()).isFalse();
    }

    @Test
    void aPricedAnswerIsJudgedByItsCost() {
        CheckInput cheap = new CheckInput("ok", Map.of(), "prompt", FinishReason.STOP, 10L, new BigDecimal("0.002"))
                .answeredBy(HOSTED, null);
        CheckInput dear = new CheckInput("ok", Map.of(), "prompt", FinishReason.STOP, 10L, new BigDecimal("0.2"))
                .answeredBy(HOSTED, null);

        assertThat(ENGINE.evaluate(List.of(Map.of("type", "cost", "threshold", 0.01)), null, cheap).pass()).isTrue();
        CaseVerdict tooDear = ENGINE.evaluate(List.of(Map.of("type", "cost", "threshold", 0.01)), null, dear);
        assertThat(tooDear.pass()).isFalse();
        assertThat(tooDear.error()).isNull();
    }
}
