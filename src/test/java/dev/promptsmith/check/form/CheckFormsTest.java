package dev.promptsmith.check.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CheckFormsTest {

    private final CheckForms forms = CheckForms.standard();

    @Test
    void everyRegisteredTypeHasAForm() {
        assertThat(forms.all()).extracting(CheckForm::type)
                .containsExactlyInAnyOrderElementsOf(forms.registeredTypes());
    }

    @Test
    void aPickerListsTheTypesByGroupThenName() {
        // when
        List<CheckForm> all = forms.all();

        // then
        assertThat(all.getFirst().group()).isEqualTo(CheckGroup.TEXT);
        assertThat(all.getLast().type()).isEqualTo("assert-set");
        assertThat(all.stream().filter(f -> f.group() == CheckGroup.TEXT).map(CheckForm::type).toList())
                .isSorted();
    }

    static List<CheckForm> everyForm() {
        return CheckForms.standard().all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyForm")
    void everyExampleIsACheckOfItsTypeWithNothingWrong(CheckForm form) {
        assertThat(form.example().get("type")).isEqualTo(form.type());
        assertThat(form.description()).isNotBlank();
        assertThat(forms.problems(form.example())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyForm")
    void aRequiredValueThatIsMissingIsNamedWithWhatToWrite(CheckForm form) {
        // given
        Map<String, Object> check = new LinkedHashMap<>(form.example());
        check.remove("value");

        // when
        List<String> problems = forms.problems(check);

        // then
        if (form.value().required()) {
            assertThat(problems).containsExactly("value: is required: " + form.value().hint());
        } else {
            assertThat(problems).noneMatch(p -> p.startsWith("value:"));
        }
    }

    @Test
    void aCheckWithoutATypeAsksForOne() {
        assertThat(forms.problems(Map.of())).containsExactly("type: choose a check type");
    }

    @Test
    void anUnknownTypeIsNamedWithTheNearestKnownOne() {
        assertThat(forms.problems(Map.of("type", "not-contians", "value", "x")))
                .containsExactly("type: unknown check type 'not-contians' (did you mean 'not-contains'?)");
    }

    @Test
    void aRefusedPromptfooTypeSaysWhy() {
        assertThat(forms.problems(Map.of("type", "ruby", "value", "x"))).singleElement().asString()
                .startsWith("type: 'ruby' runs Ruby code");
    }

    @Test
    void notTruncatedIsATypeOfItsOwnAndNegatedOnlyWithASecondNot() {
        assertThat(forms.read("not-truncated")).isEqualTo(new CheckForms.Written("not-truncated", false));
        assertThat(forms.read("not-not-truncated")).isEqualTo(new CheckForms.Written("not-truncated", true));
        assertThat(forms.read(" not-contains ")).isEqualTo(new CheckForms.Written("contains", true));
        assertThat(forms.form("not-truncated").orElseThrow().negatable()).isFalse();
    }

    @Test
    void aListOfTextsTakesTextsNotMappings() {
        assertThat(forms.problems(Map.of("type", "contains-any", "value", List.of("a", "b")))).isEmpty();
        assertThat(forms.problems(Map.of("type", "contains-any", "value", "a, b"))).isEmpty();
        assertThat(forms.problems(Map.of("type", "contains-any", "value", List.of("a", Map.of("b", 1)))))
                .containsExactly("value: item 2 is a mapping; write texts");
    }

    @Test
    void aWordCountIsANumberOrARange() {
        assertThat(forms.problems(Map.of("type", "word-count", "value", 12))).isEmpty();
        assertThat(forms.problems(Map.of("type", "word-count", "value", Map.of("max", 5)))).isEmpty();
        assertThat(forms.problems(Map.of("type", "word-count", "value", "twelve")))
                .containsExactly("value: 'twelve' is not a number, nor {min, max}");
        assertThat(forms.problems(Map.of("type", "word-count", "value", Map.of("min", 9, "max", 5))))
                .containsExactly("value: min 9 is more than max 5");
    }

    @Test
    void aPatternMustBeJavaScriptAsPromptfooReadsIt() {
        assertThat(forms.problems(Map.of("type", "regex", "value", "^\\d+$"))).isEmpty();
        assertThat(forms.problems(Map.of("type", "regex", "value", "^a[^]b$"))).isEmpty();
        assertThat(forms.problems(Map.of("type", "regex", "value", "total: (\\d+"))).containsExactly(
                "value: the pattern is not valid JavaScript (Invalid regular expression: /total: (\\d+/: "
                        + "Unterminated group)");
    }

    @Test
    void aJavaPatternIsRefusedWithTheJavaScriptWay() {
        assertThat(forms.problems(Map.of("type", "not-regex", "value", "(?i)thomas"))).containsExactly(
                "value: the pattern is not valid JavaScript (Invalid regular expression: /(?i)thomas/: Invalid group); "
                        + "JavaScript has no inline flags: use [Xx] classes, or icontains / icontains-any, for (?i); "
                        + "(^|\\n) and (\\n|$) for the line starts and ends of (?m); [\\s\\S] for the any character of (?s)");
        assertThat(forms.problems(Map.of("type", "regex", "value", "done\\Z"))).containsExactly(
                "value: \\Z is Java: in JavaScript it is the letter Z itself; write $");
        assertThat(forms.problems(Map.of("type", "regex", "value", "done\\\\Z"))).isEmpty();
    }

    @Test
    void aJsonSchemaMustBeJsonAndAValidSchema() {
        assertThat(forms.problems(Map.of("type", "json-schema", "value", "{\"type\": \"object\"}"))).isEmpty();
        assertThat(forms.problems(Map.of("type", "json-schema", "value", Map.of("type", "object",
                "required", List.of("total"))))).isEmpty();
        assertThat(forms.problems(Map.of("type", "json-schema", "value", "{\"type\": \"object\""))).singleElement()
                .asString().startsWith("value: is not valid JSON: ");
        assertThat(forms.problems(Map.of("type", "json-schema", "value", Map.of("type", "objekt")))).singleElement()
                .asString().startsWith("value: is not a valid JSON Schema: ").contains("type");
        assertThat(forms.problems(Map.of("type", "is-json", "value", Map.of("required", "total")))).singleElement()
                .asString().startsWith("value: is not a valid JSON Schema: ").contains("required");
    }

    @Test
    void xmlAndSqlSettingsAreMappings() {
        assertThat(forms.problems(Map.of("type", "is-xml", "value", "{\"requiredElements\": [\"a.b\"]}"))).isEmpty();
        assertThat(forms.problems(Map.of("type", "is-xml", "value", Map.of("required", List.of("a")))))
                .containsExactly("value: needs requiredElements, a list of element paths: "
                        + "{\"requiredElements\": [\"root.child\"]}");
        assertThat(forms.problems(Map.of("type", "is-sql", "value", List.of("orders")))).containsExactly(
                "value: is a list; write a mapping: {\"databaseType\": \"PostgreSQL\"}");
    }

    @Test
    void aJsonPathMustParse() {
        assertThat(forms.problems(Map.of("type", "json-path", "value", "$.items[0].sku"))).isEmpty();
        assertThat(forms.problems(Map.of("type", "json-path", "value", "$.items[0"))).singleElement().asString()
                .startsWith("value: the JSONPath '$.items[0' is not valid: ");
        assertThat(forms.problems(Map.of("type", "json-path", "value", Map.of("equals", 4)))).containsExactly(
                "value: needs a path: \"$.total\" or {path: \"$.total\", equals: 42}");
    }

    @Test
    void javaScriptMustParseOrNameAJavaScriptFile() {
        assertThat(forms.problems(Map.of("type", "javascript", "value", "output.includes('total')"))).isEmpty();
        assertThat(forms.problems(Map.of("type", "javascript", "value", "const n = output.length;\nreturn n < 9;")))
                .isEmpty();
        assertThat(forms.problems(Map.of("type", "javascript", "value", "file://checks/total.js:hasTotal"))).isEmpty();
        assertThat(forms.problems(Map.of("type", "javascript", "value", "output.includes('total'"))).singleElement()
                .asString().startsWith("value: does not parse: ");
        assertThat(forms.problems(Map.of("type", "javascript", "value", "file://checks/total.py")))
                .containsExactly("value: the file must end in .js, .cjs, .mjs");
    }

    @Test
    void pythonNamesAPythonFileWhenItNamesAFile() {
        assertThat(forms.problems(Map.of("type", "python", "value", "len(output) < 200"))).isEmpty();
        assertThat(forms.problems(Map.of("type", "python", "value", "file://grade.py:get_assert"))).isEmpty();
        assertThat(forms.problems(Map.of("type", "python", "value", "file://grade.js")))
                .containsExactly("value: the file must end in .py");
    }

    @Test
    void aWebhookIsAnHttpAddress() {
        assertThat(forms.problems(Map.of("type", "webhook", "value", "http://localhost:8080/grade"))).isEmpty();
        assertThat(forms.problems(Map.of("type", "webhook", "value", "ftp://example.com/grade")))
                .containsExactly("value: 'ftp://example.com/grade' is not an http or https address");
    }

    @Test
    void aFinishReasonIsOneOfTheKnownOnes() {
        assertThat(forms.problems(Map.of("type", "finish-reason", "value", "content-filter"))).isEmpty();
        assertThat(forms.problems(Map.of("type", "finish-reason", "value", "done"))).containsExactly(
                "value: 'done' is not a finish reason: stop, length, content_filter, tool or other");
    }

    @Test
    void aRubricIsRequiredText() {
        assertThat(forms.problems(Map.of("type", "llm-rubric", "value", "Is polite"))).isEmpty();
        assertThat(forms.problems(Map.of("type", "llm-rubric", "value", "  "))).containsExactly(
                "value: is required: what the judge looks for");
    }

    @Test
    void aThresholdIsANumberInItsRange() {
        assertThat(forms.problems(Map.of("type", "similar", "value", "x", "threshold", 0.8))).isEmpty();
        assertThat(forms.problems(Map.of("type", "similar", "value", "x", "threshold", 1.5)))
                .containsExactly("threshold: 1.5 is out of range: 0 to 1");
        assertThat(forms.problems(Map.of("type", "levenshtein", "value", "x", "threshold", -1)))
                .containsExactly("threshold: -1 is out of range: at least 0");
        assertThat(forms.problems(Map.of("type", "similar", "value", "x", "threshold", "high")))
                .containsExactly("threshold: 'high' is not a number");
        assertThat(forms.problems(Map.of("type", "latency"))).containsExactly(
                "threshold: is required: the most milliseconds the call may take");
    }

    @Test
    void aWeightIsANumberNotBelowZero() {
        assertThat(forms.problems(Map.of("type", "is-json", "weight", 0))).isEmpty();
        assertThat(forms.problems(Map.of("type", "is-json", "weight", -2))).containsExactly(
                "weight: -2 is negative; 0 makes the check informational");
    }

    @Test
    void theChecksOfAnAssertSetAreEachValidated() {
        // given
        Map<String, Object> set = Map.of("type", "assert-set", "assert", List.of(
                Map.of("type", "contains", "value", "total"),
                Map.of("type", "regex", "value", "("),
                Map.of("type", "assert-set", "assert", List.of(Map.of("type", "latency")))));

        // when
        List<String> problems = forms.problems(set);

        // then
        assertThat(problems).containsExactly(
                "assert[2].value: the pattern is not valid JavaScript (Invalid regular expression: /(/: "
                        + "Unterminated group)",
                "assert[3].assert[1].threshold: is required: the most milliseconds the call may take");
        assertThat(forms.problems(Map.of("type", "assert-set"))).containsExactly(
                "assert: an assert-set needs its checks, a list under assert");
    }
}
