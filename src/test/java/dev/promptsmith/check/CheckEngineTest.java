package dev.promptsmith.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckEngineTest {

    private final CheckEngine engine = CheckTypesTest.ENGINE;

    @Test
    void failureReasonsReadAsSentences() {
        CheckResult result = engine.evaluate(CheckSpec.of(Map.of("type", "contains", "value", "total")),
                CheckInput.of("the sum"));

        assertThat(result).isEqualTo(new CheckResult("contains", null, 1, false, 0,
                "Expected output to contain \"total\", but it did not"));
    }

    @Test
    void withoutACaseThresholdEveryWeightedCheckMustPass() {
        CaseVerdict verdict = engine.evaluate(List.of(
                Map.of("type", "contains", "value", "a", "weight", 3),
                Map.of("type", "contains", "value", "zzz"),
                Map.of("type", "contains", "value", "qqq", "weight", 0)), null, CheckInput.of("a b c"));

        assertThat(verdict.pass()).isFalse();
        assertThat(verdict.score()).isEqualTo(0.75);
    }

    @Test
    void aCaseThresholdOnTheWeightedScoreDecides() {
        List<Map<String, Object>> checks = List.of(
                Map.of("type", "contains", "value", "a", "weight", 3),
                Map.of("type", "contains", "value", "zzz"));

        assertThat(engine.evaluate(checks, 0.7, CheckInput.of("a b c")).pass()).isTrue();
        assertThat(engine.evaluate(checks, 0.8, CheckInput.of("a b c")).pass()).isFalse();
    }

    @Test
    void informationalChecksOfWeightZeroDoNotDecide() {
        CaseVerdict verdict = engine.evaluate(List.of(Map.of("type", "contains", "value", "a"),
                Map.of("type", "contains", "value", "zzz", "weight", 0)), null, CheckInput.of("a"));

        assertThat(verdict.pass()).isTrue();
        assertThat(verdict.checks()).extracting(CheckResult::pass).containsExactly(true, false);
    }

    @Test
    void anUnknownTypeNamesTheNearestKnownOne() {
        assertThatThrownBy(() -> engine.registry().get("contians"))
                .isInstanceOf(UnknownCheckException.class)
                .hasMessage("unknown check type 'contians' (did you mean 'contains'?)");
        assertThatThrownBy(() -> engine.registry().get("not-is-jsn"))
                .hasMessage("unknown check type 'not-is-jsn' (did you mean 'not-is-json'?)");
    }

    @Test
    void aTypeWhoseNameBeginsWithNotIsNotANegation() {
        CheckInput cut = new CheckInput("{\"a\": [1", Map.of(), "", null, null, null);

        assertThat(engine.evaluate(engine.spec(Map.of("type", "not-truncated")), cut).pass()).isFalse();
        assertThat(engine.evaluate(engine.spec(Map.of("type", "not-not-truncated")), cut).pass()).isTrue();
    }

    @Test
    void proseIsNotJsonEvenThoughRepairCouldQuoteIt() {
        CheckResult isJson = engine.evaluate(engine.spec(Map.of("type", "is-json")), CheckInput.of("The answer is yes."));
        CheckResult path = engine.evaluate(engine.spec(Map.of("type", "json-path", "value", "$.a")),
                CheckInput.of("The answer is yes."));

        assertThat(isJson.reason()).isEqualTo("Expected output to be valid JSON, but it is not JSON: it holds no object or array");
        assertThat(path.pass()).isFalse();
        assertThat(path.reason()).endsWith("it is not JSON: it holds no object or array");
    }

    @Test
    void aCheckThatCannotRunFailsWithTheReason() {
        CheckResult result = engine.evaluate(CheckSpec.of(Map.of("type", "regex", "value", "(unclosed")),
                CheckInput.of("text"));

        assertThat(result.pass()).isFalse();
        assertThat(result.reason()).isEqualTo("Check regex could not run: the pattern \"(unclosed\" is not valid "
                + "JavaScript: Invalid regular expression: /(unclosed/: Unterminated group");
    }

    @Test
    void aPatternThatIsNoJavaScriptFailsNegatedOrNotAsInPromptfoo() {
        CheckInput output = CheckInput.of("Thomas");

        CheckResult negated = engine.evaluate(CheckSpec.of(Map.of("type", "not-regex", "value", "(?i)thomas")), output);
        CheckResult plain = engine.evaluate(CheckSpec.of(Map.of("type", "regex", "value", "(?i)thomas")), output);

        assertThat(negated.pass()).isFalse();
        assertThat(plain.pass()).isFalse();
        assertThat(negated.reason()).isEqualTo("Check not-regex could not run: the pattern \"(?i)thomas\" is not "
                + "valid JavaScript: Invalid regular expression: /(?i)thomas/: Invalid group");
    }

    @Test
    void aCatastrophicPatternIsStoppedNotHung() {
        CheckResult result = engine.evaluate(CheckSpec.of(Map.of("type", "regex", "value", "(\\d+)*\\1x")),
                CheckInput.of("1".repeat(30)));

        assertThat(result.pass()).isFalse();
        assertThat(result.reason()).contains("did not finish within 5.0 s");
    }

    @Test
    void aJudgeVerdictThatIsFencedOrCutOffStillCounts() {
        CheckResult result = engine.evaluate(CheckSpec.of(Map.of("type", "llm-rubric", "value", "is good")),
                CheckInput.of("good answer"));

        assertThat(result.pass()).isTrue();
        assertThat(result.score()).isEqualTo(0.9);
        assertThat(result.reason()).contains("satisfy the rubric");
    }

    @Test
    void valuesAndMetricNamesAreFilledWithTheTestsVariablesFirst() {
        // given
        CheckInput input = new CheckInput("Paris", Map.of("answer", "Paris", "topic", "geo",
                "expected", Map.of("city", "Paris")), "", null, null, null);

        // when
        CaseVerdict verdict = engine.evaluate(List.of(
                Map.of("type", "equals", "value", "{{answer}}", "metric", "{{ topic | upper }}-accuracy"),
                Map.of("type", "contains-any", "value", List.of("{{ expected.city }}", "Lyon")),
                Map.of("type", "not-contains", "value", "{{ expected }}")), null, input);

        // then
        assertThat(verdict.checks()).extracting(CheckResult::pass).containsExactly(true, true, true);
        assertThat(verdict.checks().getFirst().metric()).isEqualTo("GEO-accuracy");
        assertThat(verdict.checks().get(2).reason()).contains("{\"city\":\"Paris\"}");
    }

    @Test
    void aVariableTheCheckNeedsButTheTestLacksIsNamed() {
        CaseVerdict verdict = engine.evaluate(List.of(Map.of("type", "equals", "value", "{{ answr }}")), null,
                new CheckInput("Paris", Map.of("answer", "Paris"), "", null, null, null));

        assertThat(verdict.checks().getFirst()).isEqualTo(new CheckResult("equals", null, 1, false, 0,
                "Check equals could not run: variable 'answr' is not defined (check 'equals' value)"));
    }

    @Test
    void theTestOptionsGiveModelGradedChecksTheirJudgeUnlessACheckNamesItsOwn() {
        List<CheckSpec> checks = CheckEngine.withOptions(engine.specs(List.of(
                Map.of("type", "llm-rubric", "value", "polite"),
                Map.of("type", "factuality", "value", "x", "provider", "ollama:chat:mine"))),
                Map.of("provider", "openai:chat:grader", "rubricPrompt", "Grade {{ output }}"));

        assertThat(checks).extracting(CheckSpec::config).containsExactly(
                Map.of("type", "llm-rubric", "value", "polite", "provider", "openai:chat:grader",
                        "rubricPrompt", "Grade {{ output }}"),
                Map.of("type", "factuality", "value", "x", "provider", "ollama:chat:mine",
                        "rubricPrompt", "Grade {{ output }}"));
    }

    @Test
    void aRubricPromptOnAGraderThatCannotUseItStopsTheCheckInsteadOfBeingIgnored() {
        CaseVerdict verdict = engine.evaluate(List.of(Map.of("type", "factuality", "value", "Paris",
                "rubricPrompt", "Compare {{ output }}")), null, CheckInput.of("Paris"));

        assertThat(verdict.checks().getFirst().reason()).isEqualTo("Check factuality could not run: a rubricPrompt of "
                + "the suite's own is supported by llm-rubric only");
    }

    @Test
    void aRubricPromptOfTheSuitesOwnIsFilledAndSentAsItsMessages() {
        // given: a judge that records what it was asked
        List<String> asked = new java.util.ArrayList<>();
        Judge judge = (system, user, config) -> {
            asked.add(system + "|" + user);
            return "{\"pass\": true, \"reason\": \"ok\"}";
        };
        CheckEngine graded = new CheckEngine(dev.promptsmith.check.types.CheckTypes.registry(judge,
                CheckTypesTest.EMBEDDER));
        String rubricPrompt = "[{\"role\": \"system\", \"content\": \"Grade for {{ audience }}\"}, "
                + "{\"role\": \"user\", \"content\": \"Output: {{ output }} Rubric: {{ rubric }}\"}]";

        // when
        CaseVerdict verdict = graded.evaluate(List.of(Map.of("type", "llm-rubric", "value", "is kind to {{ audience }}",
                "rubricPrompt", rubricPrompt)), null, new CheckInput("Hi", Map.of("audience", "kids"), "", null, null, null));

        // then
        assertThat(verdict.pass()).isTrue();
        assertThat(asked).containsExactly("Grade for kids|Output: Hi Rubric: is kind to kids");
    }
}
