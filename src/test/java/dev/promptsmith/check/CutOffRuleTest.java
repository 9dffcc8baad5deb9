package dev.promptsmith.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.check.types.CheckTypes;
import dev.promptsmith.model.FinishReason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** not-truncated and the stored outcome follow one rule for "cut off". */
class CutOffRuleTest {

    private final CheckEngine engine = new CheckEngine(CheckTypes.namesOnly());

    @Test
    void jsonUnterminatedAfterASentenceIsCutOffForTheCheckAndTheOutcomeAlike() {
        // given: the model said it stopped, but its JSON ends inside an array
        CheckInput input = new CheckInput("Here it is: {\"a\": [1", Map.of(), "", FinishReason.STOP, null, null);

        // when
        CaseVerdict verdict = engine.evaluate(List.of(Map.of("type", "not-truncated")), null, input);

        // then
        assertThat(verdict.checks()).singleElement().satisfies(check -> {
            assertThat(check.pass()).isFalse();
            assertThat(check.reason()).endsWith("but its JSON ends in the middle of a value");
        });
        assertThat(input.outputJson().cutOff()).isTrue();
    }

    @Test
    void proseThatQuotesSomethingUnfinishedIsNotCutOff() {
        // given
        CheckInput input = new CheckInput("He said \"hel", Map.of(), "", FinishReason.STOP, null, null);

        // when
        CaseVerdict verdict = engine.evaluate(List.of(Map.of("type", "not-truncated")), null, input);

        // then
        assertThat(verdict.pass()).isTrue();
        assertThat(input.outputJson().cutOff()).isFalse();
    }
}
