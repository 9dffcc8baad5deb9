package dev.promptsmith.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A transform's result becomes the output: text as it is, anything else as JSON. */
class TransformTest {

    @TempDir
    Path workspace;

    private String apply(String transform, String output) {
        return new Transform(Scripts.of(workspace)).apply(transform, output, Map.of("vars", Map.of("n", 2),
                "prompt", "p"));
    }

    @Test
    void inlineJavaScriptReturnsTextOrJson() {
        assertThat(apply("output.trim()", "  hi  ")).isEqualTo("hi");
        assertThat(apply("JSON.parse(output).items.slice(0, context.vars.n)", "{\"items\": [1, 2, 3]}"))
                .isEqualTo("[1,2]");
        assertThat(apply("undefined", "gone")).isEmpty();
    }

    @Test
    void aFilesDefaultIsItsExportInJavaScriptAndGetTransformInPython() throws Exception {
        // given
        Files.createDirectories(workspace.resolve("testcases"));
        Files.writeString(workspace.resolve("testcases/clean.js"), "module.exports = output => output.toLowerCase();\n");
        Files.writeString(workspace.resolve("testcases/clean.py"), """
                def get_transform(output, context):
                    return output.upper() * context['vars']['n']
                """);

        // then
        assertThat(apply("file://clean.js", "HeLLo")).isEqualTo("hello");
        assumeTrue(Scripts.of(workspace).pythonFound(), "python3 is not on the PATH");
        assertThat(apply("file://clean.py", "ab")).isEqualTo("ABAB");
    }

    @Test
    void aFileOfNoKnownLanguageIsRefused() {
        assertThatThrownBy(() -> apply("file://clean.rb", "x")).isInstanceOf(ScriptException.class)
                .hasMessage("file://clean.rb: a script file ends in .js, .cjs, .mjs or .py");
    }

    @Test
    void withoutAWorkspaceFilesAreRefused() {
        assertThatThrownBy(() -> new Transform(Scripts.inlineOnly()).apply("file://clean.js", "x", Map.of()))
                .isInstanceOf(ScriptException.class)
                .hasMessage("file://clean.js: script files are read from a workspace, and there is none here");
    }
}
