package dev.promptsmith.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;

class OutcomeTest {

    private static Outcome run(String requestsJson, Map<String, List<String>> verdicts) {
        ArrayNode requests = (ArrayNode) Requests.JSON.readTree(requestsJson);
        return new Outcome(null, verdicts.values().stream().mapToInt(List::size).sum(), requests, verdicts,
                Requests.JSON.createArrayNode());
    }

    private final Outcome promptfoo = run("""
            [{"max_tokens": 1024, "messages": [{"content": "Hi", "role": "user"}], "model": "m"}]""",
            Map.of("m :: Hi", List.of("pass")));

    @Test
    void theSameCellsRequestsAndVerdictsMakeNoDifference() {
        Outcome ours = run("""
                [{"max_tokens": 1024, "messages": [{"content": "Hi", "role": "user"}], "model": "m"}]""",
                Map.of("m :: Hi", List.of("pass")));

        assertThat(ours.differences(promptfoo)).isEmpty();
    }

    @Test
    void aMissingRequestFieldAndAnotherVerdictAreNamedWithWhereTheyAre() {
        Outcome ours = run("""
                [{"messages": [{"content": "Hi", "role": "user"}], "model": "m"}]""",
                Map.of("m :: Hi", List.of("fail")));

        List<String> differences = ours.differences(promptfoo);

        assertThat(differences).hasSize(2);
        assertThat(differences.get(0)).startsWith("request 1: field 'max_tokens' missing (expected 1024)");
        assertThat(differences.get(1)).isEqualTo("cell [m :: Hi]: expected [pass] but got [fail]");
    }

    @Test
    void aMessageOfAnotherTextIsNamedByItsPath() {
        Outcome ours = run("""
                [{"max_tokens": 1024, "messages": [{"content": "Hello", "role": "user"}], "model": "m"}]""",
                Map.of("m :: Hi", List.of("pass")));

        assertThat(ours.firstDifference(promptfoo))
                .startsWith("request 1.messages[0].content: expected \"Hi\" but got \"Hello\"");
    }

    @Test
    void aRefusalWherePromptfooRanIsADifferenceAndTwoRefusalsAreNot() {
        Outcome refused = Outcome.refused("promptfooconfig.yaml:3: no");

        assertThat(refused.firstDifference(promptfoo))
                .isEqualTo("expected a run but got a refusal: promptfooconfig.yaml:3: no");
        assertThat(refused.firstDifference(Outcome.refused("exit 1: promptfoo failed"))).isNull();
    }

    @Test
    void theRecordedFormReadsBackAsTheSameOutcome() {
        Outcome read = Outcome.fromJson(promptfoo.toJson());

        assertThat(read.differences(promptfoo)).isEmpty();
        assertThat(read.cells()).isEqualTo(1);
    }
}
