package dev.promptsmith.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.check.types.CheckTypes;
import dev.promptsmith.model.FinishReason;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every check type passes on a good output, fails on a bad one, and its not- form does the opposite. */
class CheckTypesTest {

    /** A judge that answers what the rubric asks for: "pass" in the rubric passes. Its answer comes fenced. */
    static final Judge JUDGE = (system, user, config) -> {
        if (system.contains("category")) {
            return user.contains("<submission>\nParis") ? "{\"category\": \"C\", \"reason\": \"same\"}"
                    : "```json\n{\"category\": \"D\", \"reason\": \"disagrees\"}\n```";
        }
        if (system.contains("meets")) {
            return user.contains("polite") && user.contains("please") ? "{\"meets\": true, \"reason\": \"ok\"}"
                    : "{\"meets\": false, \"reason\": \"rude\"}";
        }
        boolean pass = user.contains("<output>\ngood");
        return "Here is my verdict: {\"reason\": \"judged\", \"pass\": " + pass + ", \"score\": " + (pass ? 0.9 : 0.2);
    };

    /** Bag-of-words vectors: texts sharing words are similar. */
    static final Embedder EMBEDDER = text -> {
        float[] vector = new float[64];
        for (String word : text.toLowerCase().split("\\W+")) {
            if (!word.isEmpty()) {
                vector[Math.floorMod(word.hashCode(), 64)] += 1;
            }
        }
        return vector;
    };

    static final CheckEngine ENGINE = new CheckEngine(new CheckRegistry(CheckTypes.all(JUDGE, EMBEDDER)));

    static Stream<Arguments> cases() {
        return Stream.of(
                cases("equals", "hello", "hello", "hello!"),
                cases("equals", Map.of("a", 1), "{\"a\": 1.0}", "{\"a\": 2}"),
                cases("contains", "total", "the total is 3", "the sum is 3"),
                cases("icontains", "TOTAL", "the total is 3", "the sum is 3"),
                cases("contains-any", List.of("red", "blue"), "a blue car", "a green car"),
                cases("contains-all", List.of("red", "blue"), "red and blue", "red only"),
                cases("icontains-any", List.of("RED", "BLUE"), "a Blue car", "a green car"),
                cases("icontains-all", List.of("RED", "BLUE"), "Red and Blue", "red only"),
                cases("starts-with", "Dear", "Dear Ada,", "Hi Ada,"),
                cases("regex", "^\\d{4}-\\d{2}-\\d{2}$", "2026-11-29", "29.11.2026"),
                cases("is-json", null, "{\"a\": [1, 2]}", "{\"a\": [1, 2]"),
                cases("is-json", Map.of("type", "object", "required", List.of("a")), "{\"a\": 1}", "{\"b\": 1}"),
                cases("contains-json", null, "Sure:\n```json\n{\"a\": 1}\n```", "no json here"),
                cases("json-schema", Map.of("type", "object", "properties", Map.of("n", Map.of("type", "number"))),
                        "{\"n\": 4}", "{\"n\": \"four\"}"),
                cases("json-path", Map.of("path", "$.total", "equals", 12.5), "{\"total\": 12.50}", "{\"total\": 13}"),
                cases("json-path", "$.items[0].name", "{\"items\": [{\"name\": \"x\"}]}", "{\"items\": []}"),
                cases("is-xml", null, "<a><b>1</b></a>", "<a><b>1</a>"),
                cases("not-truncated", null, "{\"a\": 1}", "{\"a\": [1, 2"),
                cases("repairable-json", null, "{'a': True,}", "just words, nothing else"),
                cases("word-count", Map.of("min", 2, "max", 4), "three short words", "one"),
                cases("levenshtein", "kitten", "sitting", "a completely different text"),
                cases("rouge-n", "the cat sat on the mat", "the cat sat on the mat today", "a dog ran"),
                cases("is-refusal", null, "I'm sorry, but I can't help with that.", "Here is your summary."),
                cases("similar", "the invoice total is due", "the invoice total is due soon", "weather is sunny"),
                cases("llm-rubric", "is good", "good answer", "bad answer"),
                cases("factuality", "Paris is the capital of France", "Paris", "Lyon"),
                cases("model-graded-closedqa", "is polite", "please and thank you", "go away"),
                cases("javascript", "output.includes('total')", "the total is 3", "the sum is 3"),
                cases("javascript", "return { pass: output.length < 10, score: 0.8, reason: 'short' }", "short", "far too long"),
                cases("python", "'total' in output", "the total is 3", "the sum is 3"),
                cases("model-graded-factuality", "Paris is the capital of France", "Paris", "Lyon"),
                cases("contains-xml", null, "Here: <a><b>1</b></a> done", "Here: <a><b>1</a> done"),
                cases("contains-html", null, "Here: <p class=\"x\">hi</p>", "a < b > c"),
                cases("is-html", null, "<p>hi</p>", "hi <p>there</p>"),
                cases("is-sql", null, "SELECT a FROM t", "Please select the rows"),
                cases("contains-sql", null, "Try:\n```sql\nSELECT a FROM t\n```", "Try selecting the rows"),
                cases("bleu", "the cat sat on the mat", "the cat sat on the mat", "a dog ran far away"),
                cases("gleu", "the cat sat on the mat", "The cat sat on the mat.", "a dog ran"),
                cases("meteor", "the cat sat on the mat", "the cats sat on the mat", "a dog ran"),
                cases("tool-call-f1", List.of("get_weather"), "{\"type\": \"tool_use\", \"name\": \"get_weather\"}",
                        "{\"type\": \"tool_use\", \"name\": \"book_flight\"}"),
                cases("similar:cosine", "the invoice total is due", "the invoice total is due soon", "weather is sunny"),
                cases("similar:dot", "invoice", "the invoice", "weather"),
                cases("similar:euclidean", "the invoice total", "the invoice total", "weather is sunny today"));
    }

    private static Arguments cases(String type, Object value, String passing, String failing) {
        return Arguments.of(type, value, passing, failing);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void passesFailsAndNegates(String type, Object value, String passing, String failing) {
        // python checks run python3, which a machine may not have (.ci/run installs it)
        org.junit.jupiter.api.Assumptions.assumeTrue(!type.equals("python")
                || new dev.promptsmith.script.Scripts(null, null).pythonFound(), "python3 is not on the PATH");
        Map<String, Object> check = new HashMap<>();
        check.put("type", type);
        check.put("value", value);

        CheckResult pass = ENGINE.evaluate(ENGINE.spec(check), CheckInput.of(passing));
        CheckResult fail = ENGINE.evaluate(ENGINE.spec(check), CheckInput.of(failing));
        check.put("type", "not-" + type);
        CheckResult negatedPass = ENGINE.evaluate(ENGINE.spec(check), CheckInput.of(passing));
        CheckResult negatedFail = ENGINE.evaluate(ENGINE.spec(check), CheckInput.of(failing));

        assertThat(pass.pass()).as(pass.reason()).isTrue();
        assertThat(pass.reason()).startsWith("Passed: expected output to ");
        assertThat(fail.pass()).as(fail.reason()).isFalse();
        assertThat(fail.reason()).startsWith("Expected output to ").doesNotContain("could not run");
        assertThat(negatedPass.pass()).isFalse();
        assertThat(negatedPass.reason()).startsWith("Expected output not to ");
        assertThat(negatedFail.pass()).isTrue();
        assertThat(negatedFail.type()).isEqualTo("not-" + type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            is-json         |
            not-repairable-json |
            json-schema     | {"type": "object"}
            json-path       | $.tags
            """)
    void aKeyCutOffBeforeItsValueIsNamedInTheReasonOfEveryJsonCheck(String type, String value) {
        // given: an answer cut off right after a key, at the model's token limit (not-repairable-json: the
        // repairable one passes, and a passing reason names nothing)
        Map<String, Object> check = new HashMap<>();
        check.put("type", type);
        check.put("value", value == null || !value.startsWith("{") ? value : Map.of("type", "object"));
        CheckInput cut = new CheckInput("{\"title\": \"Dune\", \"tags\": ", Map.of(), "", FinishReason.LENGTH, null, null);

        // when
        CheckResult result = ENGINE.evaluate(ENGINE.spec(check), cut);

        // then
        assertThat(result.reason()).contains("key \"tags\" was cut off before its value; kept as null");
        assertThat(result.pass()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("metadata")
    void checksOnHowTheOutputWasMadeUseTheNumbers(String type, Object value, Double threshold, CheckInput good,
                                                 CheckInput bad) {
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("type", type);
        check.put("value", value);
        check.put("threshold", threshold);

        assertThat(ENGINE.evaluate(ENGINE.spec(check), good).pass()).isTrue();
        assertThat(ENGINE.evaluate(ENGINE.spec(check), bad).pass()).isFalse();
        check.put("type", "not-" + type);
        assertThat(ENGINE.evaluate(ENGINE.spec(check), good).pass()).isFalse();
    }

    static Stream<Arguments> metadata() {
        return Stream.of(
                Arguments.of("finish-reason", "stop", null, made(FinishReason.STOP, 10, "0.001"),
                        made(FinishReason.LENGTH, 10, "0.001")),
                Arguments.of("latency", null, 1000.0, made(FinishReason.STOP, 300, "0"), made(FinishReason.STOP, 3000, "0")),
                Arguments.of("cost", null, 0.01, made(FinishReason.STOP, 1, "0.002"), made(FinishReason.STOP, 1, "0.2")),
                Arguments.of("not-truncated", null, null, made(FinishReason.STOP, 1, "0"), made(FinishReason.LENGTH, 1, "0")),
                Arguments.of("perplexity", null, 1.5, withLogProbs(-0.2, -0.4), withLogProbs(-1.0, -2.0)),
                Arguments.of("perplexity-score", null, 0.4, withLogProbs(-0.2, -0.4), withLogProbs(-1.0, -2.0)),
                Arguments.of("is-valid-openai-tools-call", null, null,
                        called("[{\"id\":\"c\",\"type\":\"function\",\"function\":{\"name\":\"add\","
                                + "\"arguments\":\"{\\\"a\\\":1}\"}}]"),
                        called("[{\"id\":\"c\",\"type\":\"function\",\"function\":{\"name\":\"add\","
                                + "\"arguments\":\"{\\\"a\\\":\\\"one\\\"}\"}}]")),
                Arguments.of("is-valid-openai-function-call", null, null,
                        called("{\"name\":\"add\",\"arguments\":\"{\\\"a\\\":1}\"}"),
                        called("{\"name\":\"sub\",\"arguments\":\"{\\\"a\\\":1}\"}")),
                Arguments.of("is-valid-function-call", null, null,
                        called("{\"name\":\"add\",\"arguments\":\"{\\\"a\\\":1}\"}"),
                        called("{\"name\":\"add\",\"arguments\":\"{}\"}")));
    }

    private static CheckInput withLogProbs(Double... logProbs) {
        return CheckInput.of("done").answeredBy(AnsweringModel.UNKNOWN, List.of(logProbs));
    }

    /** An output of calls by a model whose config offers the function {@code add(a: integer)} as tool and function. */
    private static CheckInput called(String output) {
        Map<String, Object> add = Map.of("name", "add", "parameters", Map.of("type", "object",
                "properties", Map.of("a", Map.of("type", "integer")), "required", List.of("a")));
        return CheckInput.of(output).answeredBy(new AnsweringModel("m", dev.promptsmith.model.ProviderKind.OPENAI,
                List.of(Map.of("type", "function", "function", add)), List.of(add)), null);
    }

    private static CheckInput made(FinishReason reason, long latency, String cost) {
        return new CheckInput("done", Map.of(), "", reason, latency, new BigDecimal(cost));
    }
}
