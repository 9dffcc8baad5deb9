package dev.promptsmith.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.promptsmith.script.ScriptCode.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Python scripts run in python3 with promptfoo's output and context, under the same time limit. */
class PythonScriptTest {

    @TempDir
    Path workspace;

    @BeforeEach
    void needsPython() {
        assumeTrue(new Scripts(null, null).pythonFound(), "python3 is not on the PATH");
    }

    private Object run(String code, String output) {
        Scripts scripts = Scripts.of(workspace);
        return scripts.run(scripts.code(code, Language.PYTHON, "get_assert"), output,
                Map.of("vars", Map.of("city", "Paris"), "prompt", "Name a city"));
    }

    @Test
    void anExpressionSeesTheOutputAndTheContext() {
        assertThat(run("context['vars']['city'] in output and math.sqrt(4) == 2", "Paris, France")).isEqualTo(true);
    }

    @Test
    void severalLinesAreAFunctionBodyThatReturns() {
        assertThat(run("""
                words = output.split()
                print('printing does not disturb the result')
                return {'pass': len(words) > 2, 'score': len(words) / 10, 'reason': 'counted %d' % len(words)}
                """, "one two three")).isEqualTo(Map.of("pass", true, "score", 0.3, "reason", "counted 3"));
    }

    @Test
    void aFileIsCalledByGetAssertOrTheFunctionNamed() throws Exception {
        // given
        Files.createDirectories(workspace.resolve("testcases"));
        Files.writeString(workspace.resolve("testcases/checks.py"), """
                def get_assert(output, context):
                    return len(output) > 3

                def shout(output, context):
                    return output.upper()
                """);

        // then
        assertThat(run("file://checks.py", "long enough")).isEqualTo(true);
        assertThat(run("file://checks.py:shout", "hi")).isEqualTo("HI");
    }

    @Test
    void anErrorIsTheReason() {
        assertThatThrownBy(() -> run("raise ValueError('no total in ' + output)", "the sum"))
                .isInstanceOf(ScriptException.class)
                .hasMessageStartingWith("inline Python: ")
                .hasMessageEndingWith("ValueError: no total in the sum");
    }

    @Test
    void theRunsVariablesDoNotReachTheScript() {
        assertThat(run("return sorted(k for k in __import__('os').environ if 'KEY' in k or 'TOKEN' in k)", ""))
                .isEqualTo(java.util.List.of());
    }

    @Test
    void aScriptThatAllocatesWithoutEndFailsInItsOwnProcess() {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "memory is limited where the system allows it");
        assertThatThrownBy(() -> run("return len(bytearray(2 * 1024 * 1024 * 1024))", ""))
                .isInstanceOf(ScriptException.class).hasMessage("inline Python: MemoryError:");
    }

    @Test
    void aScriptThatLoopsForeverIsStopped() {
        assertThatThrownBy(() -> run("while True:\n    pass", ""))
                .isInstanceOf(ScriptException.class)
                .hasMessage("inline Python: did not finish within 5.0 s and was stopped");
    }

    @Test
    void withoutPython3OnThePathTheErrorSaysSo() {
        Scripts scripts = new Scripts(workspace, workspace, "/nowhere");
        assertThatThrownBy(() -> scripts.run(scripts.code("True", Language.PYTHON, "get_assert"), "", Map.of()))
                .isInstanceOf(ScriptException.class)
                .hasMessage("inline Python: Python scripts need 'python3' on the PATH, and it is not there "
                        + "(PATH=/nowhere)");
    }

    @Test
    void costPerEvaluationIsPrinted() {
        // a measurement for the report, not an assertion: timings differ from machine to machine
        run("len(output) > 0", "warm-up");
        int rounds = 10;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            run("len(output) > " + i, "evaluation " + i);
        }
        System.out.println("Python: " + (System.nanoTime() - start) / rounds / 1000 + " µs per evaluation (one python3 "
                + "process each)");
    }
}
