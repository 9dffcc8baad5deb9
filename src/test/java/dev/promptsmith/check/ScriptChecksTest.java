package dev.promptsmith.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.check.types.CheckTypes;
import dev.promptsmith.script.Scripts;
import dev.promptsmith.script.Transform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** javascript and python checks and a check's transform, with promptfoo's semantics. */
class ScriptChecksTest {

    @TempDir
    Path workspace;

    private CheckEngine engine;

    @BeforeEach
    void engine() {
        Scripts scripts = Scripts.of(workspace);
        engine = new CheckEngine(new CheckRegistry(CheckTypes.all(CheckTypesTest.JUDGE, CheckTypesTest.EMBEDDER,
                scripts)), new Transform(scripts));
    }

    private CheckResult check(String output, Object... keyValues) {
        Map<String, Object> check = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            check.put((String) keyValues[i], keyValues[i + 1]);
        }
        return engine.evaluate(engine.spec(check), new CheckInput(output, Map.of("expected", "Paris"), "Capital?",
                null, null, null));
    }

    @Test
    void aNumberIsTheScoreAndPassesAboveZeroOrAtTheThreshold() {
        assertThat(check("abc", "type", "javascript", "value", "output.length / 10"))
                .isEqualTo(new CheckResult("javascript", null, 1, true, 0.3,
                        "Passed: expected output to pass \"output.length / 10\""));
        assertThat(check("", "type", "javascript", "value", "output.length / 10").pass()).isFalse();
        assertThat(check("abc", "type", "javascript", "value", "output.length / 10", "threshold", 0.5))
                .isEqualTo(new CheckResult("javascript", null, 1, false, 0.3,
                        "Expected output to pass \"output.length / 10\", but it scored 0.3"));
    }

    @Test
    void aGradingResultGivesPassScoreAndReason() {
        assertThat(check("Lyon", "type", "javascript", "value", """
                const ok = output === context.vars.expected;
                return { pass: ok, score: ok ? 1 : 0.25, reason: 'wanted ' + context.vars.expected };
                """)).isEqualTo(new CheckResult("javascript", null, 1, false, 0.25,
                "Expected output to pass \"const ok = output === context.vars.expected;\\nreturn { pass: ok, score: ok ? 1 …\""
                        + ", but it said: wanted Paris"));
    }

    @Test
    void somethingElseThanAVerdictIsAnError() {
        assertThat(check("x", "type", "javascript", "value", "'yes'").reason())
                .isEqualTo("Check javascript could not run: inline JavaScript must return a boolean, a number or "
                        + "{pass, score, reason}, not \"yes\"");
    }

    @Test
    void aFileFunctionGetsTheChecksConfig() throws Exception {
        // given
        Files.createDirectories(workspace.resolve("testcases"));
        Files.writeString(workspace.resolve("testcases/checks.js"),
                "module.exports.longer = (output, context) => output.length >= context.config.min;\n");

        // then
        assertThat(check("abcd", "type", "javascript", "value", "file://checks.js:longer", "config", Map.of("min", 3))
                .pass()).isTrue();
        assertThat(check("ab", "type", "javascript", "value", "file://checks.js:longer", "config", Map.of("min", 3))
                .reason()).isEqualTo("Expected output to pass checks.js, but it did not");
    }

    @Test
    void aChecksTransformChangesWhatThatCheckSeesOnly() {
        // given
        List<Map<String, Object>> checks = List.of(
                Map.of("type", "equals", "value", "PARIS", "transform", "output.trim().toUpperCase()"),
                Map.of("type", "equals", "value", "  paris "));

        // when
        CaseVerdict verdict = engine.evaluate(checks, null, CheckInput.of("  paris "));

        // then
        assertThat(verdict.checks()).extracting(CheckResult::pass).containsExactly(true, true);
    }

    @Test
    void aTransformThatFailsFailsItsCheckWithTheReason() {
        assertThat(check("x", "type", "contains", "value", "x", "transform", "output.nope()").reason())
                .startsWith("Check contains could not run: its transform failed: inline JavaScript: TypeError:");
    }
}
