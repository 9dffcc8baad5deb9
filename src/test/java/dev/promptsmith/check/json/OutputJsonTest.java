package dev.promptsmith.check.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.check.CheckInput;
import dev.promptsmith.model.FinishReason;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutputJsonTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            valid object                          | ~{"a": 1}~                     | STOP   | VALID    | false | TRUNCATED
            valid, at the token limit             | ~{"a": 1}~                     | LENGTH | VALID    | true  | VALID
            fenced                                | ~```json\n{"a": 1}\n```~       | STOP   | REPAIRED | false | REPAIRED
            unterminated, though the model stopped| ~{"a": [1, 2~                  | STOP   | REPAIRED | true  | TRUNCATED
            unterminated at the token limit       | ~{"a": "Cust~                  | LENGTH | REPAIRED | true  | TRUNCATED
            after a sentence, unterminated        | ~Here it is: {"a": [1~         | STOP   | REPAIRED | true  | TRUNCATED
            prose                                 | ~Hello there~                  | STOP   | NOT_JSON | false | NOT JSON
            prose at the token limit              | ~Hello th~                     | LENGTH | NOT_JSON | true  | NOT JSON
            prose with a quote cut off            | ~He said "hel~                 | STOP   | NOT_JSON | false | NOT JSON
            a bare number                         | ~42~                           | STOP   | NOT_JSON | false | NOT JSON
            a brace in a JSON string              | ~"a { b"~                      | STOP   | NOT_JSON | false | NOT JSON
            beyond repair                         | ~{"a": 1}}}}{{{{~              | STOP   | INVALID  | false | INVALID
            """)
    void anOutputIsValidRepairedInvalidOrNoJsonAndOneRuleSaysWhetherItWasCutOff(String name, String output,
            FinishReason finish, OutputJson.Shape shape, boolean cutOff, String label) {
        // when
        OutputJson json = OutputJson.of(output.replace("\\n", "\n"), finish);

        // then
        assertThat(json.shape()).as(name).isEqualTo(shape);
        assertThat(json.cutOff()).as(name).isEqualTo(cutOff);
        if (!(shape == OutputJson.Shape.VALID && !cutOff)) {
            assertThat(json.label()).as(name).isEqualTo(label);
        }
    }

    @Test
    void aRepairedOutputKeepsItsFixesAndRepairedJsonAndAnInvalidOneWhatWasWrong() {
        // when
        OutputJson repaired = OutputJson.of("{\"tags\": [\"a\", \"b\",]", FinishReason.STOP);
        OutputJson invalid = OutputJson.of("{\"a\": 1}}}}{{{{", FinishReason.STOP);

        // then
        assertThat(repaired.fixes()).contains(Fix.TRAILING_COMMA);
        assertThat(repaired.repaired()).isEqualTo("{\"tags\": [\"a\", \"b\"]}");
        assertThat(repaired.fixDescriptions()).contains("removed a trailing comma");
        assertThat(invalid.shape()).isEqualTo(OutputJson.Shape.INVALID);
        assertThat(invalid.problem()).isNotBlank();
        assertThat(invalid.repaired()).isNull();
    }

    @Test
    void aRepairedJsonLongerThanAResultKeepsIsLeftOutRatherThanCut() {
        // given: a fenced array of more than 100,000 characters
        String items = String.join(", ", java.util.Collections.nCopies(30_000, "1234"));

        // when
        OutputJson json = OutputJson.of("```json\n[" + items + "]\n```", FinishReason.STOP);

        // then
        assertThat(json.shape()).isEqualTo(OutputJson.Shape.REPAIRED);
        assertThat(json.fixes()).containsExactly(Fix.MARKDOWN_FENCE);
        assertThat(json.repaired()).isNull();
    }

    @Test
    void anOutputWithoutBracketOrBraceIsNeverRepaired() {
        // given
        AtomicInteger repairs = new AtomicInteger();

        // when
        OutputJson json = OutputJson.of("positive", FinishReason.STOP, () -> {
            repairs.incrementAndGet();
            return JsonRepair.repair("positive");
        });

        // then
        assertThat(json.shape()).isEqualTo(OutputJson.Shape.NOT_JSON);
        assertThat(repairs).hasValue(0);
    }

    @Test
    void theChecksOfAnOutputAndItsStoredOutcomeShareOneRepair() {
        // given
        CheckInput input = new CheckInput("{\"a\": [1", Map.of(), "", FinishReason.STOP, null, null);

        // when
        RepairResult first = input.json();
        RepairResult second = input.json();
        OutputJson outcome = input.outputJson();

        // then: the same repair, and the outcome made from it
        assertThat(second).isSameAs(first);
        assertThat(outcome.fixes()).isEqualTo(first.fixes());
        assertThat(outcome.cutOff()).isTrue();
        assertThat(List.of(first.outcome())).containsExactly(JsonOutcome.TRUNCATED);
    }
}
