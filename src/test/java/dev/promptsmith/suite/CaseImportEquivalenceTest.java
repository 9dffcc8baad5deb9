package dev.promptsmith.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.shared.InputLimits;
import dev.promptsmith.suite.CaseImport.Case;
import dev.promptsmith.suite.CaseImport.Format;
import dev.promptsmith.support.Workspace;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Imported cases written into a suite mean what the same file means named as the suite's tests:
 * the same variables, checks, options, descriptions and tags, case by case.
 */
class CaseImportEquivalenceTest {

    private static final String CSV = "\uFEFF" + """
            city,note,__expected1,__expected2,__expected3,__description,__prefix,__suffix,__metric,__threshold,\
            __metadata:tags[],__metadata:owner,__config:__expected2:threshold
            Paris,"multi
            line, with ""quotes""\",contains:Paris,similar:capital of France,"contains-any:a,""b, c""\",\
            Capital,Q: ,?,geo,0.5,"eu, capital",ann,0.6

            Rome,1,not-icontains:milan,javascript: output.length > 3,,,,,,,,,
            Oslo,true,is-json,llm-rubric: mentions fjords,levenshtein(0.9):Oslo,,,,,,nordic,,
            """;
    private static final String JSON_LINES = """
            {"description": "Paris", "vars": {"city": "Paris", "n": 1}, "assert": [{"type": "contains", "value": "Paris"}]}

            {"vars": {"city": ["Rome", "Milan"]}, "options": {"prefix": "Q: "}, "threshold": 0.5, \
            "metadata": {"tags": ["it"]}, "assert": [{"type": "not-contains", "value": "x", "weight": 2, "metric": "m"}]}
            """;
    private static final Dump YAML = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK)
            .setSchema(new CoreSchema()).setWidth(Integer.MAX_VALUE).build());

    @TempDir
    Path temp;

    @Test
    void csvCasesWrittenIntoASuiteRunAsTheCsvFileNamedAsItsTests() throws Exception {
        assertSameTests(CSV, Format.CSV, "cases.csv", "file://cases.csv");
    }

    @Test
    void jsonLinesCasesWrittenIntoASuiteRunAsTheFileNamedInItsTests() throws Exception {
        assertSameTests(JSON_LINES, Format.JSON_LINES, "cases.jsonl", List.of("file://cases.jsonl"));
    }

    private void assertSameTests(String text, Format format, String fileName, Object testsFromFile) throws Exception {
        // given
        List<Case> imported = new CaseImport(InputLimits.DEFAULTS).read(fileName, text, format).cases();
        Map<String, Object> fromFile = suite(testsFromFile);
        Map<String, Object> inline = suite(imported.stream().map(Case::test).toList());
        new Workspace(temp)
                .write("testcases/" + fileName, text)
                .write("testcases/from-file.yaml", YAML.dumpToString(fromFile))
                .write("testcases/inline.yaml", YAML.dumpToString(inline));

        // when
        List<TestCaseDefinition> expected = load("testcases/from-file.yaml");
        List<TestCaseDefinition> actual = load("testcases/inline.yaml");

        // then
        assertThat(imported).hasSize(format == Format.CSV ? 3 : 2);
        assertThat(expected).hasSize(3).allSatisfy(test -> assertThat(test.checks()).isNotEmpty());
        assertThat(actual.stream().map(CaseImportEquivalenceTest::meaning).toList())
                .isEqualTo(expected.stream().map(CaseImportEquivalenceTest::meaning).toList());
    }

    private static Map<String, Object> suite(Object tests) {
        Map<String, Object> suite = new LinkedHashMap<>();
        suite.put("prompts", List.of("{{ city }}"));
        suite.put("providers", List.of("echo"));
        suite.put("defaultTest", Map.of("options", Map.of("suffix", "!")));
        suite.put("tests", tests);
        return suite;
    }

    private List<TestCaseDefinition> load(String suite) throws Exception {
        return new SuiteLoader(InputLimits.DEFAULTS).load(temp, temp.resolve(suite), suite).tests();
    }

    /** What a test runs as; where it is written (file, line) differs by design. */
    private static List<Object> meaning(TestCaseDefinition test) {
        return List.of(test.position(), test.description(), test.vars(), test.options(), test.tags(),
                test.checks().stream().map(CaseImportEquivalenceTest::unplaced).toList());
    }

    private static CheckSpec unplaced(CheckSpec check) {
        return new CheckSpec(check.type(), check.negated(), check.value(), check.threshold(), check.weight(),
                check.metric(), check.config(), check.members().stream().map(CaseImportEquivalenceTest::unplaced).toList(),
                null, 0);
    }
}
