package dev.promptsmith.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.script.ScriptCode.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JavaScript runs with promptfoo's inputs and nothing else: no Java, no files, no network, no endless loops. */
class JavaScriptSandboxTest {

    @TempDir
    Path workspace;

    private Object run(String code, String output) {
        Scripts scripts = Scripts.of(workspace);
        return scripts.run(scripts.code(code, Language.JAVASCRIPT, null), output,
                Map.of("vars", Map.of("city", "Paris"), "prompt", "Name a city"));
    }

    @Test
    void anExpressionSeesTheOutputAndTheContext() {
        assertThat(run("output.includes(context.vars.city) && context.prompt.startsWith('Name')", "Paris, France"))
                .isEqualTo(true);
    }

    @Test
    void severalLinesAreAFunctionBodyThatReturns() {
        // given
        String body = """
                const words = output.split(/\\s+/);
                return { pass: words.length > 2, score: words.length / 10, reason: 'counted ' + words.length };
                """;

        // then
        assertThat(run(body, "one two three")).isEqualTo(Map.of("pass", true, "score", 0.3, "reason", "counted 3"));
    }

    @Test
    void aReturnedPromiseIsAwaited() {
        assertThat(run("return Promise.resolve(output.length)", "four")).isEqualTo(4);
    }

    @Test
    void aFileExportsTheFunctionAndMayNameOthers() throws Exception {
        // given
        Files.createDirectories(workspace.resolve("testcases/checks"));
        Files.writeString(workspace.resolve("testcases/checks/length.js"), """
                module.exports = (output, context) => output.length > 3;
                module.exports.shout = (output) => output.toUpperCase();
                """);
        Files.writeString(workspace.resolve("testcases/checks/module.mjs"), """
                export default function (output) { return output + '!'; }
                export function twice(output) { return output + output; }
                """);

        // then
        assertThat(run("file://checks/length.js", "long enough")).isEqualTo(true);
        assertThat(run("file://checks/length.js:shout", "hi")).isEqualTo("HI");
        assertThat(run("file://checks/module.mjs", "hi")).isEqualTo("hi!");
        assertThat(run("file://checks/module.mjs:twice", "hi")).isEqualTo("hihi");
    }

    @Test
    void aFileOutsideTheWorkspaceIsNotRead() {
        assertThatThrownBy(() -> run("file://../../etc/passwd.js", "x"))
                .isInstanceOf(ScriptException.class).hasMessageContaining("is outside the workspace");
    }

    @Test
    void aScriptThatLoopsForeverIsStopped() {
        assertThatThrownBy(() -> run("while (true) {}", "x"))
                .isInstanceOf(ScriptException.class)
                .hasMessageMatching("inline JavaScript: (did not finish within 5.0 s and was stopped"
                        + "|it ran more than \\d+ statements and was stopped.*)");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Java.type('java.lang.System').exit(1)",
            "java.lang.System.exit(1)",
            "Packages.java.lang.System.getenv()",
            "require('fs').readFileSync('/etc/passwd')",
            "fetch('http://localhost/')",
            "load('/etc/passwd')",
            "Polyglot.import('x')",
            "new Worker('x.js')",
            "process.env"})
    void theHostIsNotReachable(String escape) {
        assertThatThrownBy(() -> run(escape, "x")).isInstanceOf(ScriptException.class)
                .hasMessageStartingWith("inline JavaScript: ");
    }

    @Test
    void whatAScriptCanSeeOfTheHostIsNothing() {
        assertThat(run("[typeof require, typeof fetch, typeof process, typeof Polyglot, typeof setTimeout]", ""))
                .isEqualTo(List.of("undefined", "undefined", "undefined", "undefined", "undefined"));
    }

    @Test
    void whenTheHeapRunsLowRunningScriptsAreStopped() throws Exception {
        try (JavaScript javaScript = new JavaScript(java.time.Duration.ofMinutes(5), 1000)) {
            // given: a script that runs until something stops it
            java.util.concurrent.CompletableFuture<Throwable> failure = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            javaScript.call(ScriptCode.inline(Language.JAVASCRIPT, "while (true) {}"), "", "{}");
                            return null;
                        } catch (ScriptException e) {
                            return e;
                        }
                    });
            org.awaitility.Awaitility.await().until(() -> javaScript.runningCount() == 1);

            // when: what the low-memory notification does
            javaScript.stopAll("was stopped because the Java heap was nearly full");

            // then
            assertThat(failure.get(1, java.util.concurrent.TimeUnit.MINUTES))
                    .hasMessage("inline JavaScript: was stopped because the Java heap was nearly full");
        }
    }

    @Test
    void aHugeResultIsRefused() {
        assertThatThrownBy(() -> run("output + output", "x".repeat(Scripts.MAX_RESULT_CHARS / 2 + 1)))
                .isInstanceOf(ScriptException.class).hasMessageContaining("has 1000002 characters, more than the limit of 1000000");
    }

    @Test
    void aStringBeyondTheEnginesLimitIsAnErrorNotACrash() {
        assertThatThrownBy(() -> run("let s = 'x'; while (true) { s = s + s; }", ""))
                .isInstanceOf(ScriptException.class).hasMessageContaining("Invalid string length");
    }

    @Test
    void anErrorThrownIsTheReason() {
        assertThatThrownBy(() -> run("throw new Error('no total in ' + output)", "the sum"))
                .isInstanceOf(ScriptException.class).hasMessage("inline JavaScript: Error: no total in the sum");
    }

    @Test
    void nothingOfOneEvaluationRemainsInTheNext() {
        run("globalThis.leak = 1; return true", "");
        assertThat(run("typeof leak", "")).isEqualTo("undefined");
    }

    @Test
    void costPerEvaluationIsPrinted() {
        // a measurement for the report, not an assertion: timings differ from machine to machine
        run("output.length > 0", "warm-up");
        int rounds = 50;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            run("output.length > " + (i % 3), "evaluation " + i);
        }
        long perEvaluation = (System.nanoTime() - start) / rounds / 1000;
        System.out.println("JavaScript: " + perEvaluation + " µs per evaluation (fresh context, shared engine)");
    }
}
