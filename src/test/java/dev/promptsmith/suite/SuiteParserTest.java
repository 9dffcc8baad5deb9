package dev.promptsmith.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.shared.FileProblem;
import dev.promptsmith.shared.InvalidFileException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuiteParserTest {

    private static final String FILE = "testcases/greeting.yaml";

    private final SuiteParser parser = new SuiteParser();

    @Test
    void aSuiteOfTwentyThousandCasesIsRead() throws Exception {
        StringBuilder yaml = new StringBuilder("prompts: [greeting]\ntests:\n");
        for (int i = 0; i < 20_000; i++) {
            yaml.append("  - description: case number ").append(i).append(" of a long regression suite\n")
                    .append("    vars:\n      name: person ").append(i).append("\n")
                    .append("      ticket: The customer writes about an invoice that was charged twice\n")
                    .append("    assert:\n      - type: contains\n        value: person ").append(i).append("\n")
                    .append("      - type: is-json\n");
        }
        assertThat(yaml.length()).isGreaterThan(4_000_000);

        SuiteDocument suite = parser.parse(FILE, "greeting", yaml.toString());

        assertThat(suite.tests()).hasSize(20_000);
        assertThat(suite.tests().getLast().line()).isEqualTo(2 + 19_999 * 8 + 1);
    }

    @Test
    void aListValuedVariableRunsTheTestOnceForEachValueAsInPromptfoo() throws Exception {
        SuiteDocument suite = parser.parse(FILE, "greeting", """
                prompts: [greeting]
                tests:
                  - description: greets
                    vars:
                      language: [French, German]
                      tone: [warm, dry]
                      name: Ada
                  - vars: {name: Bob, scores: [1, 2], people: [{name: Cy}]}
                """);

        assertThat(suite.tests()).extracting(TestCaseDefinition::description).containsExactly(
                "greets (language=French, tone=warm)", "greets (language=French, tone=dry)",
                "greets (language=German, tone=warm)", "greets (language=German, tone=dry)", "");
        assertThat(suite.tests()).extracting(TestCaseDefinition::position).containsExactly(0, 1, 2, 3, 4);
        assertThat(suite.tests().get(3).vars()).containsEntry("language", "German").containsEntry("tone", "dry")
                .containsEntry("name", "Ada");
        assertThat(suite.tests()).extracting(TestCaseDefinition::line).containsExactly(3, 3, 3, 3, 8);
        // a list that does not begin with text is one value, as in promptfoo
        assertThat(suite.tests().get(4).vars()).containsEntry("scores", List.of(1, 2))
                .containsEntry("people", List.of(Map.of("name", "Cy")));
    }

    @Test
    void readsAPromptfooConfig() throws Exception {
        // given
        String text = """
                description: Greeting suite
                prompts:
                  - greeting
                providers:
                  - ollama:chat:llama3.2
                  - id: openai:chat:gpt-4o-mini
                    config:
                      apiBaseUrl: http://localhost:1234/v1
                      temperature: 0
                defaultTest:
                  assert:
                    - type: not-truncated
                evaluateOptions:
                  maxConcurrency: 4
                tests:
                  - description: Greets by name
                    vars:
                      person: Ada
                    assert:
                      - type: icontains
                        value: ada
                        weight: 2
                    metadata:
                      tags: [smoke, names]
                  - vars: {person: Bob}
                    threshold: 0.5
                """;

        // when
        SuiteDocument suite = parser.parse(FILE, "greeting", text);

        // then
        assertThat(suite.description()).isEqualTo("Greeting suite");
        // without a prompts/greeting.prompty beside it, a bare word is the prompt's text, as in promptfoo
        assertThat(suite.prompts()).singleElement().satisfies(prompt -> {
            assertThat(prompt.label()).isEqualTo("greeting");
            assertThat(prompt.key()).isEqualTo("greeting");
            assertThat(prompt.line()).isEqualTo(3);
            assertThat(prompt.fromPromptsFolder()).isFalse();
            assertThat(prompt.document().promptfooText()).isTrue();
        });
        assertThat(suite.providers()).containsExactly(
                new SuiteProvider("ollama:chat:llama3.2", null, Map.of(), null, null, FILE, 5),
                new SuiteProvider("openai:chat:gpt-4o-mini", null,
                        Map.of("apiBaseUrl", "http://localhost:1234/v1", "temperature", 0), null, null, FILE, 6));
        assertThat(suite.providers().get(1).where("x")).isEqualTo(FILE + ":6");
        assertThat(suite.providers().get(1).entry()).isEqualTo(Map.of("id", "openai:chat:gpt-4o-mini",
                "config", Map.of("apiBaseUrl", "http://localhost:1234/v1", "temperature", 0)));
        assertThat(suite.defaultTest()).isEqualTo(Map.of("assert", List.of(Map.of("type", "not-truncated"))));
        assertThat(suite.options()).isEqualTo(Map.of("maxConcurrency", 4));
        assertThat(suite.tests()).containsExactly(
                new TestCaseDefinition(0, "Greets by name", Map.of("person", "Ada"),
                        List.of(new CheckSpec("icontains", false, "ada", null, 2, null,
                                Map.of("type", "icontains", "value", "ada", "weight", 2), List.of(), FILE, 20)),
                        Map.of(), List.of("smoke", "names"), 16),
                new TestCaseDefinition(1, "", Map.of("person", "Bob"), List.of(), Map.of("threshold", 0.5),
                        List.of(), 25));
        assertThat(suite.warnings()).isEmpty();
    }

    @Test
    void varsAreReadAsPromptfooReadsYaml12() throws Exception {
        SuiteDocument suite = parser.parse(FILE, "greeting", """
                prompts: [greeting]
                tests:
                  - vars: {answer: Yes, code: 012, switch: off, due: 2026-01-01, hex: 0x1F, ok: true}
                """);

        assertThat(suite.tests().getFirst().vars()).isEqualTo(Map.of(
                "answer", "Yes", "code", 12, "switch", "off", "due", "2026-01-01", "hex", 31, "ok", true));
    }

    @Test
    void keysThatChangeNothingAreWarningsWithTheirLine() throws Exception {
        SuiteDocument suite = parser.parse(FILE, "greeting", """
                prompts: [greeting]
                sharing: false
                writeLatestResults: false
                providers:
                  - id: echo
                    delay: 100
                tests:
                  - vars: {a: 1}
                    options: {runSerially: true}
                """);

        assertThat(suite.warnings()).containsExactly(
                new FileProblem(FILE, 2, "'sharing' in the config is not supported by Promptsmith yet and is ignored "
                        + "(it changes no cell and no score)"),
                new FileProblem(FILE, 3, "'writeLatestResults' in the config is not supported by Promptsmith yet and is ignored "
                        + "(it changes no cell and no score)"),
                new FileProblem(FILE, 6, "provider 'echo': 'delay' in a provider is not supported by Promptsmith yet "
                        + "and is ignored (it changes no cell and no score)"),
                new FileProblem(FILE, 9, "test 1: 'runSerially' in a test's options is not supported by Promptsmith "
                        + "yet and is ignored (it changes no cell and no score)"));
    }

    @Test
    void outputPathIsAFileOrAListOfFilesInTheFormatsRunWrites() throws Exception {
        SuiteDocument one = parser.parse(FILE, "greeting", "prompts: [greeting]\noutputPath: out/Results.JSON\n");
        SuiteDocument several = parser.parse(FILE, "greeting", """
                prompts: [greeting]
                outputPath:
                  - results.csv
                  - /tmp/report.html
                """);

        assertThat(one.resultFiles()).containsExactly(new ResultFile("out/Results.JSON", "json", 2));
        assertThat(one.warnings()).isEmpty();
        assertThat(several.resultFiles()).containsExactly(new ResultFile("results.csv", "csv", 3),
                new ResultFile("/tmp/report.html", "html", 4));
    }

    @Test
    void anOutputPathInAFormatNotWrittenOrIntoTheWorkspacesFoldersIsRefusedWithItsLine() {
        assertProblems("""
                prompts: [greeting]
                outputPath:
                  - results.txt
                  - results
                  - testcases/results.yaml
                  - {file: results.json}
                """,
                new FileProblem(FILE, 3, "outputPath 'results.txt': '.txt' is not a format Promptsmith writes; use one "
                        + "of .json, .jsonl, .csv, .yaml, .yml, .html, .xml"),
                new FileProblem(FILE, 4, "outputPath 'results': no file extension; use one of .json, .jsonl, .csv, "
                        + ".yaml, .yml, .html, .xml"),
                new FileProblem(FILE, 5, "outputPath 'testcases/results.yaml': results are not written into "
                        + "testcases/, which holds the workspace's suites"),
                new FileProblem(FILE, 6, "'outputPath' is a file path, or a list of file paths"));
        assertProblems("prompts: [greeting]\noutputPath: 42\n",
                new FileProblem(FILE, 2, "'outputPath' is a file path, or a list of file paths"));
    }

    @Test
    void keysWhoseAbsenceWouldChangeTheResultsAreRefusedWithTheirLine() {
        String refused = " is not supported by Promptsmith yet; ignoring it could change which cells run or how they "
                + "are scored, so the suite is not run without it";
        assertProblems("""
                prompts: [greeting]
                extensions: [file://hooks.js:beforeAll]
                defaultTest:
                  options: {postprocess: output.trim()}
                providers:
                  - id: openai:chat:gpt-4o
                    prompts: [greeting]
                    config:
                      logit_bias: {"50256": -100}
                tests:
                  - vars: {a: 1}
                    provider: openai:chat:gpt-4o
                    options: {storeOutputAs: answer}
                    assert:
                      - type: contains
                        value: x
                        rubricPrompt: Grade this
                """,
                new FileProblem(FILE, 2, "'extensions' in the config" + refused),
                new FileProblem(FILE, 9, "provider 'openai:chat:gpt-4o': 'logit_bias' is not an option promptfoo's "
                        + "openai:chat provider sends; put it under 'passthrough' to send it as it is"),
                new FileProblem(FILE, 4, "defaultTest: 'postprocess' in a test's options" + refused),
                new FileProblem(FILE, 12, "test 1: 'provider' in a test" + refused),
                new FileProblem(FILE, 13, "test 1: 'storeOutputAs' in a test's options" + refused),
                new FileProblem(FILE, 17, "check 'contains': a rubricPrompt of the suite's own is supported by "
                        + "llm-rubric only"));
    }

    @Test
    void defaultTestsOptionsAndThresholdApplyToEveryTestUnderItsOwn() throws Exception {
        // when
        SuiteDocument suite = parser.parse(FILE, "greeting", """
                prompts: [greeting]
                defaultTest:
                  description: shared
                  threshold: 0.5
                  options: {repeat: 3}
                tests:
                  - vars: {a: 1}
                  - vars: {a: 2}
                    threshold: 0.9
                    options: {repeat: 1}
                """);

        // then
        assertThat(suite.tests()).extracting(TestCaseDefinition::options).containsExactly(
                Map.of("repeat", 3, "threshold", 0.5), Map.of("repeat", 1, "threshold", 0.9));
        assertThat(suite.warnings()).extracting(FileProblem::message).containsExactly("defaultTest: 'description' in "
                + "defaultTest is not supported by Promptsmith yet and is ignored (it changes no cell and no score)");
    }

    @Test
    void transformsAreReadOnTestsDefaultTestAndChecks() throws Exception {
        // when
        SuiteDocument suite = parser.parse(FILE, "greeting", """
                prompts: [greeting]
                defaultTest:
                  options: {transform: output.toLowerCase()}
                tests:
                  - vars: {a: 1}
                  - vars: {a: 2}
                    options: {transform: "file://transforms.js:upper"}
                    assert:
                      - type: javascript
                        value: output.length > 1
                        transform: output.slice(1)
                        config: {min: 1}
                """);

        // then
        assertThat(suite.warnings()).isEmpty();
        assertThat(suite.tests()).extracting(t -> t.options().get("transform"))
                .containsExactly("output.toLowerCase()", "file://transforms.js:upper");
        assertThat(suite.tests().get(1).checks().getFirst().config()).containsEntry("transform", "output.slice(1)");
    }

    @Test
    void withoutTestsEachPromptRunsOnceAsInPromptfoo() throws Exception {
        // when
        SuiteDocument missing = parser.parse(FILE, "greeting", "prompts: [greeting]\n");
        SuiteDocument empty = parser.parse(FILE, "greeting", "prompts: [greeting]\ntests: []\n");

        // then
        assertThat(List.of(missing, empty)).allSatisfy(suite -> assertThat(suite.tests()).singleElement()
                .satisfies(test -> {
                    assertThat(test.vars()).isEmpty();
                    assertThat(test.checks()).isEmpty();
                }));
    }

    @Test
    void derivedMetricsAreReadAndJavaScriptOrBadFormulasAreRefusedAtTheirLine() throws Exception {
        SuiteDocument suite = parser.parse(FILE, "greeting", """
                prompts: [greeting]
                derivedMetrics:
                  - name: f1
                    value: 2 * tp / (2 * tp + fp + fn)
                """);

        assertThat(suite.derivedMetrics()).extracting(DerivedMetric::name).containsExactly("f1");
        assertProblems("""
                prompts: [greeting]
                derivedMetrics:
                  - name: adaptive
                    value: |
                      function(namedScores) { return 1; }
                  - name: ratio
                    value: 'a >= b'
                """,
                new FileProblem(FILE, 3, "derived metric 'adaptive': JavaScript functions are not supported; write a "
                        + "formula of metric names with + - * / and parentheses"),
                new FileProblem(FILE, 6, "derived metric 'ratio': the formula 'a >= b' has '>' at character 3 (a "
                        + "formula has numbers, metric names, + - * / and parentheses)"));
    }

    @Test
    void aRubricPromptOnACheckOtherThanLlmRubricIsRefusedAtItsLine() {
        assertProblems("""
                prompts: [greeting]
                tests:
                  - assert:
                      - type: factuality
                        value: Paris
                        rubricPrompt: Compare {{ output }}
                """,
                new FileProblem(FILE, 6, "check 'factuality': a rubricPrompt of the suite's own is supported by "
                        + "llm-rubric only"));
    }

    @Test
    void aSuiteWithoutPromptsIsRefused() {
        assertProblems("tests: []\n", new FileProblem(FILE, 1, "a suite names the prompts it tests under 'prompts'"));
    }

    @Test
    void aCheckWithoutATypeAndANonNumericThresholdNameTheirLines() {
        assertProblems("""
                prompts: [greeting]
                tests:
                  - vars: {a: 1}
                    assert:
                      - value: x
                      - type: similar
                        threshold: high
                """,
                new FileProblem(FILE, 5, "a check is a mapping with a 'type', such as 'contains' or 'is-json'"),
                new FileProblem(FILE, 7, "'threshold' must be a number, not 'high'"));
    }

    @Test
    void withoutItsFolderASuiteThatReferencesFilesIsRefusedNotRunWithoutThem() {
        assertProblems("""
                prompts: [file://prompts/p.txt]
                tests: file://tests.csv
                """,
                new FileProblem(FILE, 1, "prompt 'file://prompts/p.txt' is read as a file; reading files needs the "
                        + "suite's folder"),
                new FileProblem(FILE, 2, "tests from 'file://tests.csv': reading files needs the suite's folder"));
    }

    @Test
    void aFileThatIsNotAMappingIsRefused() {
        assertProblems("- just\n- a list\n",
                new FileProblem(FILE, 1, "a suite file is a YAML mapping with 'prompts' and 'tests'"));
    }

    @Test
    void varsMustBeAMapping() {
        assertProblems("prompts: [greeting]\ntests:\n  - vars: [a, b]\n",
                new FileProblem(FILE, 3, "'vars' is a mapping of names to values, or file:// references to YAML or "
                        + "JSON files (reading files needs the suite's folder)"));
    }

    private void assertProblems(String text, FileProblem... expected) {
        assertThatThrownBy(() -> parser.parse(FILE, "greeting", text))
                .isInstanceOfSatisfying(InvalidFileException.class, e ->
                        assertThat(e.problems()).containsExactly(expected));
    }

    @Test
    void aRefStandsForThePartOfTheSuiteItPointsTo() throws Exception {
        SuiteDocument suite = parser.parse(FILE, "greeting", """
                prompts: [greeting]
                assertionTemplates:
                  polite:
                    type: icontains
                    value: please
                tests:
                  - vars: {a: 1}
                    assert:
                      - $ref: "#/assertionTemplates/polite"
                      - type: contains
                        value: x
                """);

        assertThat(suite.tests().getFirst().checks()).extracting(CheckSpec::config).containsExactly(
                Map.of("type", "icontains", "value", "please"), Map.of("type", "contains", "value", "x"));
    }

    @Test
    void aRefToNothingToAnotherFileOrInACircleIsRefusedWithItsLine() {
        assertProblems("""
                prompts: [greeting]
                loop: {$ref: "#/loop"}
                tests:
                  - vars: {a: 1}
                    assert:
                      - $ref: "#/assertionTemplates/missing"
                      - $ref: "checks.yaml#/polite"
                """,
                new FileProblem(FILE, 2, "'$ref' goes round in a circle (or deeper than 20)"),
                new FileProblem(FILE, 6, "'$ref' points to #/assertionTemplates/missing, which this file does not have"),
                new FileProblem(FILE, 7, "'$ref' must point into this file (#/path/to/part); references to other files "
                        + "are not supported yet"),
                new FileProblem(FILE, 2, "'loop' in the config is not supported by Promptsmith yet; ignoring it could "
                        + "change which cells run or how they are scored, so the suite is not run without it"),
                new FileProblem(FILE, 6, "a check is a mapping with a 'type', such as 'contains' or 'is-json'"),
                new FileProblem(FILE, 7, "a check is a mapping with a 'type', such as 'contains' or 'is-json'"));
    }
}
