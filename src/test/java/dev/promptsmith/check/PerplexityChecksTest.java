package dev.promptsmith.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.promptsmith.model.ProviderKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * perplexity and perplexity-score with promptfoo's formulas over the answer's token log
 * probabilities; a model that returned none makes the cell an error that names it.
 */
class PerplexityChecksTest {

    private static final CheckEngine ENGINE = CheckTypesTest.ENGINE;
    private static final AnsweringModel GPT = new AnsweringModel("gpt (openai:chat:gpt)", ProviderKind.OPENAI,
            null, null);
    /** Mean log probability -1: perplexity e, score 1 / (1 + e). */
    private static final CheckInput ANSWER = CheckInput.of("Paris").answeredBy(GPT, List.of(-0.5, -1.5));

    private static CheckResult check(String type, Double threshold, CheckInput input) {
        Map<String, Object> check = new HashMap<>();
        check.put("type", type);
        check.put("threshold", threshold);
        return ENGINE.evaluate(ENGINE.spec(check), input);
    }

    @Test
    void perplexityIsTheExponentOfTheNegatedMeanLogProbability() {
        CheckResult within = check("perplexity", 3.0, ANSWER);
        CheckResult over = check("perplexity", 2.5, ANSWER);

        assertThat(within.pass()).isTrue();
        assertThat(within.score()).isEqualTo(1.0);
        assertThat(over.pass()).isFalse();
        assertThat(over.score()).isZero();
        assertThat(over.reason()).isEqualTo("Expected output to have a perplexity of at most 2.5, but it was 2.72");
    }

    @Test
    void thePerplexityScoreIsTheLogisticOfTheMeanLogProbability() {
        CheckResult reached = check("perplexity-score", 0.25, ANSWER);
        CheckResult missed = check("perplexity-score", 0.3, ANSWER);
        CheckResult negated = check("not-perplexity-score", 0.3, ANSWER);

        assertThat(reached.pass()).isTrue();
        assertThat(reached.score()).isCloseTo(1 / (1 + Math.E), within(1e-12));
        assertThat(missed.pass()).isFalse();
        assertThat(missed.reason()).isEqualTo("Expected output to have a perplexity score of at least 0.3, but it "
                + "was 0.27");
        assertThat(negated.pass()).isTrue();
        assertThat(negated.score()).isCloseTo(Math.E / (1 + Math.E), within(1e-12));
    }

    @Test
    void withoutAThresholdBothPass() {
        assertThat(check("perplexity", null, ANSWER).pass()).isTrue();
        assertThat(check("perplexity-score", null, ANSWER).pass()).isTrue();
    }

    @Test
    void aModelThatReturnedNoLogProbabilitiesMakesTheCellAnErrorNamingIt() {
        // given
        CheckInput none = CheckInput.of("Paris").answeredBy(GPT, null);
        List<Map<String, Object>> checks = List.of(Map.of("type", "contains", "value", "Paris"),
                Map.of("type", "assert-set", "assert", List.of(Map.of("type", "perplexity", "threshold", 2))));

        // when
        CaseVerdict verdict = ENGINE.evaluate(checks, null, none);

        // then
        assertThat(verdict.pass()).isFalse();
        assertThat(verdict.error()).isEqualTo("perplexity needs the token log probabilities of the answer, and gpt "
                + "(openai:chat:gpt) returned none (OpenAI-compatible providers return them when the config asks with "
                + "passthrough: {logprobs: true})");
        assertThat(verdict.checks().get(0).pass()).isTrue();
        assertThat(verdict.checks().get(1).reason()).startsWith("Check assert-set could not run: perplexity needs");
    }

    @Test
    void anAnswerWithLogProbabilitiesIsNoError() {
        CaseVerdict verdict = ENGINE.evaluate(List.of(Map.of("type", "perplexity")), null, ANSWER);

        assertThat(verdict.error()).isNull();
        assertThat(verdict.pass()).isTrue();
    }
}
