package dev.promptsmith.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.prompt.PromptFunction;
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

    @Test
    void promptFunctionsAreReadWithTheSuiteAndLabelledAsPromptfooLabelsThem() throws Exception {
        // given
        Workspace workspace = new Workspace(temp)
                .write("testcases/prompt.js", "module.exports = ({ vars }) => 'Hi ' + vars.name;\n")
                .write("testcases/chat.py", "def chat(context):\n    return [{'role': 'user', 'content': 'x'}]\n")
                .write("testcases/s.yaml", """
                        prompts:
                          - file://prompt.js
                          - file://chat.py:chat
                          - id: file://prompt.js
                            label: mine
                        tests:
                          - vars: {name: ada}
                        """);

        // when
        SuiteDocument first = load("testcases/s.yaml");
        workspace.write("testcases/prompt.js", "module.exports = ({ vars }) => 'Hello ' + vars.name;\n");
        SuiteDocument second = load("testcases/s.yaml");

        // then
        assertThat(first.prompts()).extracting(SuitePrompt::label).containsExactly("prompt.js", "chat.py:chat", "mine");
        assertThat(first.prompts()).extracting(p -> p.document().function())
                .containsExactly(new PromptFunction("prompt.js", null,
                                "module.exports = ({ vars }) => 'Hi ' + vars.name;\n"),
                        new PromptFunction("chat.py", "chat",
                                "def chat(context):\n    return [{'role': 'user', 'content': 'x'}]\n"),
                        new PromptFunction("prompt.js", null,
                                "module.exports = ({ vars }) => 'Hi ' + vars.name;\n"));
        assertThat(first.files()).containsExactly("testcases/prompt.js", "testcases/chat.py");
        assertThat(second.contentHash()).isNotEqualTo(first.contentHash());
        assertThat(second.prompts().getFirst().document().contentHash())
                .isNotEqualTo(first.prompts().getFirst().document().contentHash());
    }

    @Test
    void aPythonPromptWithoutItsFunctionAMissingFileOrAnotherLanguageIsRefusedAtItsLine() {
        new Workspace(temp)
                .write("testcases/p.py", "print('hi')\n")
                .write("testcases/s.yaml", """
                        prompts:
                          - file://p.py
                          - file://gone.js:make
                          - file://prompt.ts
                        """);

        assertProblems("testcases/s.yaml",
                new FileProblem("testcases/s.yaml", 2, "prompt 'file://p.py': name the Python function that returns "
                        + "the prompt, as in file://p.py:function_name (running the whole file as a script is not "
                        + "supported)"),
                new FileProblem("testcases/s.yaml", 3, "prompt 'file://gone.js:make': there is no file "
                        + "testcases/gone.js"),
                new FileProblem("testcases/s.yaml", 4, "prompt 'file://prompt.ts': prompt functions in .ts files and "
                        + "executables are not supported yet; name one JavaScript or Python file (file://prompt.js, "
                        + "file://prompt.py:function_name)"));
    }
}
