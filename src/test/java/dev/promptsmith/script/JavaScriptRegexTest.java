package dev.promptsmith.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Patterns mean what they mean in JavaScript, where promptfoo matches them, not what they mean in Java. */
class JavaScriptRegexTest {

    @Test
    void dollarMatchesOnlyAtTheVeryEndNotBeforeAFinalLineBreak() {
        assertThat(JavaScriptRegex.test("ok$", "ok")).isTrue();
        assertThat(JavaScriptRegex.test("ok$", "ok\n")).isFalse();
    }

    @Test
    void javaOnlyEscapesAreLettersInJavaScript() {
        assertThat(JavaScriptRegex.test("ok\\Z", "ok")).isFalse();
        assertThat(JavaScriptRegex.test("ok\\Z", "okZ")).isTrue();
        assertThat(JavaScriptRegex.test("\\Aok", "Aok")).isTrue();
        assertThat(JavaScriptRegex.test("\\p{L}", "é")).isFalse();
    }

    @Test
    void anEmptyNegatedClassIsAnyCharacterAndWhitespaceIncludesTheNoBreakSpace() {
        assertThat(JavaScriptRegex.test("^a[^]b$", "a\nb")).isTrue();
        assertThat(JavaScriptRegex.test("a\\sb", "a\u00a0b")).isTrue();
    }

    @Test
    void anInlineFlagIsNoJavaScriptAndSaysSoInJavaScriptsWords() {
        assertThat(JavaScriptRegex.syntaxError("(?i)abc")).contains("Invalid regular expression: /(?i)abc/: Invalid group");
        assertThatThrownBy(() -> JavaScriptRegex.test("(?i)abc", "ABC")).isInstanceOf(ScriptException.class)
                .hasMessage("is not valid JavaScript: Invalid regular expression: /(?i)abc/: Invalid group");
        assertThat(JavaScriptRegex.syntaxError("^\\d+$")).isEmpty();
    }

    @Test
    void patternsAreThoseOfNode22WhichPromptfooRunsOn() {
        // ECMAScript 2025's modifiers and repeated group names came after Node 22
        assertThat(JavaScriptRegex.syntaxError("(?i:abc)")).isPresent();
        assertThat(JavaScriptRegex.syntaxError("(?<a>x)|(?<a>y)")).isPresent();
        assertThat(JavaScriptRegex.syntaxError("a{,3}")).isEmpty();
        assertThat(JavaScriptRegex.syntaxError("(?:a)[(?i:]\\(?i:")).isEmpty();
    }

    @Test
    void aPatternThatBacktracksWithoutEndIsStoppedAndThePoolStillWorks() {
        // given a pattern whose back-reference makes it backtrack, on a long text that does not match
        JavaScriptRegex regex = new JavaScriptRegex(Duration.ofMillis(300));
        String text = "a".repeat(40) + "!";
        // when / then
        assertThatThrownBy(() -> regex.matches("^(a|a?)+\\1$", "", text)).isInstanceOf(ScriptException.class)
                .hasMessageContaining("did not finish within 0.3 s");
        assertThat(regex.matches("a+!$", "", text)).isTrue();
    }

    @Test
    void manyMatchesAtOnceEachGetTheirOwnAnswer() throws Exception {
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Boolean>> answers = IntStream.range(0, 200)
                    .mapToObj(i -> threads.submit(() -> JavaScriptRegex.test("^n" + i + "$", "n" + (i % 2 == 0 ? i : i + 1))))
                    .toList();
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get()).as("case %d", i).isEqualTo(i % 2 == 0);
            }
        }
    }
}
