package dev.promptsmith.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.shared.FileProblem;
import dev.promptsmith.shared.InputLimits;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.support.Workspace;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A suite read with the files it references, from a real workspace folder. */
class SuiteLoaderTest {

    @TempDir
    Path temp;

    private SuiteDocument load(String suite) throws InvalidFileException {
        return new SuiteLoader(InputLimits.configured()).load(temp, temp.resolve(suite), suite);
    }

    @Test
    void aTestsVarsFromFilesAreMergedInOrderAndEveryFileReadChangesTheVersion() throws Exception {
        // given
        Workspace workspace = new Workspace(temp)
                .write("testcases/base.yaml", "city: Paris\nlang: fr\n")
                .write("testcases/more.json", "{\"lang\": \"en\"}")
                .write("testcases/s.yaml", """
                        prompts: ['{{ city }} in {{ lang }}']
                        tests:
                          - vars: [file://base.yaml, file://more.json]
                        """);

        // when
        SuiteDocument first = load("testcases/s.yaml");
        workspace.write("testcases/more.json", "{\"lang\": \"de\"}");
        SuiteDocument second = load("testcases/s.yaml");

        // then
        assertThat(first.tests().getFirst().vars()).isEqualTo(Map.of("city", "Paris", "lang", "en"));
        assertThat(first.files()).containsExactly("testcases/base.yaml", "testcases/more.json");
        assertThat(second.contentHash()).isNotEqualTo(first.contentHash());
        assertThat(second.content()).isEqualTo(first.content());
    }

    @Test
    void checksAreReadOnceWithTheFileAndLineTheyAreWrittenAtAnAssertSetsOwnChecksToo() throws Exception {
        // given
        new Workspace(temp)
                .write("testcases/cases.csv", "a,__expected1,__expected2\n1,contains:x,not-icontains:y\n")
                .write("testcases/s.yaml", """
                        prompts: ['{{ a }}']
                        tests:
                          - vars: {a: 2}
                            assert:
                              - type: assert-set
                                threshold: 0.5
                                assert:
                                  - type: equals
                                    value: '2'
                                  - type: not-contains
                                    value: z
                          - file://cases.csv
                        """);

        // when
        SuiteDocument suite = load("testcases/s.yaml");

        // then
        CheckSpec set = suite.tests().getFirst().checks().getFirst();
        assertThat(set).extracting(CheckSpec::type, CheckSpec::threshold, CheckSpec::file, CheckSpec::line)
                .containsExactly("assert-set", 0.5, "testcases/s.yaml", 5);
        assertThat(set.members()).extracting(CheckSpec::writtenType, CheckSpec::value, CheckSpec::file, CheckSpec::line)
                .containsExactly(tuple("equals", "2", "testcases/s.yaml", 8), tuple("not-contains", "z", "testcases/s.yaml", 10));
        assertThat(suite.tests().get(1).checks())
                .extracting(CheckSpec::type, CheckSpec::negated, CheckSpec::value, CheckSpec::file, CheckSpec::line)
                .containsExactly(tuple("contains", false, "x", "testcases/cases.csv", 2),
                        tuple("icontains", true, "y", "testcases/cases.csv", 2));
    }

    @Test
    void aBareWordNamesAPromptyFileOnlyWhenThereIsOne() throws Exception {
        new Workspace(temp)
                .write("prompts/greet.prompty", Workspace.prompt("Greeter", "Greet {{ person }}."))
                .write("testcases/s.yaml", "prompts: [greet, Ping]\ntests:\n  - vars: {person: Ada}\n");

        SuiteDocument suite = load("testcases/s.yaml");

        assertThat(suite.prompts()).extracting(SuitePrompt::label, SuitePrompt::fromPromptsFolder)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("greet", true),
                        org.assertj.core.groups.Tuple.tuple("Ping", false));
    }

    @Test
    void problemsInATestFileNameThatFileAndLine() {
        new Workspace(temp)
                .write("testcases/cases.yaml", "- vars: {a: 1}\n  assert:\n    - type: contians\n      value: x\n")
                .write("testcases/s.yaml", "prompts: ['{{ a }}']\ntests: file://cases.yaml\n");

        assertThatThrownBy(() -> load("testcases/s.yaml"))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems()).containsExactly(
                        new FileProblem("testcases/cases.yaml", 3,
                                "unknown check type 'contians' (did you mean 'contains'?)")));
    }

    @Test
    void aPrefixCannotGoAroundAPromptyPromptsMessages() {
        new Workspace(temp)
                .write("prompts/greet.prompty", Workspace.prompt("Greeter", "Greet {{ person }}."))
                .write("testcases/s.yaml", """
                        prompts: [file://prompts/greet.prompty]
                        tests:
                          - vars: {person: Ada}
                            options: {prefix: 'Be brief. '}
                        """);

        assertThatThrownBy(() -> load("testcases/s.yaml")).hasMessageContaining(
                "testcases/s.yaml:3: options prefix and suffix go around a prompt's text, and prompt 'greet' is a "
                        + ".prompty file of messages");
    }

    @Test
    void aReferenceThatIsNoPathIsAProblemNotACrash() {
        new Workspace(temp).write("testcases/s.yaml", """
                prompts: ["file://a\\0b.txt"]
                tests:
                  - vars: {x: "file://c\\0d.txt"}
                """);

        assertThatThrownBy(() -> load("testcases/s.yaml"))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
                        .extracting(FileProblem::line).containsExactly(1, 3));
    }
}
