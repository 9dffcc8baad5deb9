package dev.promptsmith.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.shared.FileProblem;
import dev.promptsmith.shared.InputLimits;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.support.Workspace;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The script files a suite names to shape its prompts: read with it, so a changed script is a new version. */
class SuiteScriptFilesTest {

    @TempDir
    Path temp;

    private SuiteDocument load(String suite) throws InvalidFileException {
        return new SuiteLoader(InputLimits.configured()).load(temp, temp.resolve(suite), suite);
    }

    private void assertProblems(String suite, FileProblem... expected) {
        assertThatThrownBy(() -> load(suite)).isInstanceOfSatisfying(InvalidFileException.class,
                e -> assertThat(e.problems()).containsExactly(expected));
    }

    @Test
    void nunjucksFiltersAreReadWithTheSuiteAndTravelWithItsDefaultTest() throws Exception {
        // given
        Workspace workspace = new Workspace(temp)
                .write("testcases/shout.js", "module.exports = v => v.toUpperCase();\n")
                .write("testcases/s.yaml", """
                        nunjucksFilters:
                          shout: ./shout.js
                        prompts: ['Hi {{ name | shout }}']
                        tests:
                          - vars: {name: ada}
                        """);

        // when
        SuiteDocument first = load("testcases/s.yaml");
        workspace.write("testcases/shout.js", "module.exports = v => v.toUpperCase() + '!';\n");
        SuiteDocument second = load("testcases/s.yaml");

        // then
        assertThat(first.defaultTest()).containsEntry(DefaultTest.FILTERS, Map.of("shout", "file://shout.js"));
        assertThat(first.files()).containsExactly("testcases/shout.js");
        assertThat(first.prompts().getFirst().document().content()).contains("filters: [\"shout\"]");
        assertThat(second.contentHash()).isNotEqualTo(first.contentHash());
    }

    @Test
    void aFilterWrittenAsFileUrlMissingOrNotJavaScriptIsRefusedAtItsLine() {
        new Workspace(temp)
                .write("testcases/shout.py", "def shout(v): return v\n")
                .write("testcases/s.yaml", """
                        nunjucksFilters:
                          shout: file://shout.js
                          gone: gone.js
                          py: shout.py
                        prompts: ['Hi {{ name }}']
                        """);

        assertProblems("testcases/s.yaml",
                new FileProblem("testcases/s.yaml", 2, "nunjucksFilters: filter 'shout': promptfoo reads a filter's path "
                        + "without 'file://' (with it, promptfoo finds no file and every template that uses the filter "
                        + "fails); write 'shout.js'"),
                new FileProblem("testcases/s.yaml", 3, "nunjucksFilters: filter 'gone': there is no file "
                        + "testcases/gone.js"),
                new FileProblem("testcases/s.yaml", 4, "nunjucksFilters: filter 'py': a filter is a JavaScript file "
                        + "(.js, .cjs, .mjs); 'shout.py' is not"));
    }

    @Test
    void aTransformVarsFileIsReadWithTheSuiteAndAMissingOneIsRefusedAtItsLine() throws Exception {
        // given
        Workspace workspace = new Workspace(temp)
                .write("testcases/extra.py", "def get_transform(vars, context):\n    return {'x': 1}\n")
                .write("testcases/s.yaml", """
                        defaultTest:
                          options:
                            transformVars: file://extra.py
                        prompts: ['Hi {{ x }}']
                        tests:
                          - vars: {name: ada}
                          - vars: {name: bo}
                            options:
                              transformVars: '{ x: vars.name }'
                        """)
                .write("testcases/gone.yaml", """
                        prompts: ['Hi {{ x }}']
                        tests:
                          - vars: {name: ada}
                            options:
                              transformVars: file://gone.js:make
                        """);

        // when
        SuiteDocument first = load("testcases/s.yaml");
        workspace.write("testcases/extra.py", "def get_transform(vars, context):\n    return {'x': 2}\n");

        // then: the test's own replaces defaultTest's, as in promptfoo; the file is part of the version
        assertThat(first.tests()).extracting(t -> t.options().get("transformVars"))
                .containsExactly("file://extra.py", "{ x: vars.name }");
        assertThat(first.files()).containsExactly("testcases/extra.py");
        assertThat(first.warnings()).isEmpty();
        assertThat(load("testcases/s.yaml").contentHash()).isNotEqualTo(first.contentHash());
        assertProblems("testcases/gone.yaml", new FileProblem("testcases/gone.yaml", 5,
                "test 1: transformVars 'file://gone.js:make': there is no file testcases/gone.js"));
    }
}
