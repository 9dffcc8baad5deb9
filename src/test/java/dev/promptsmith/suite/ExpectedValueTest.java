package dev.promptsmith.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpectedValueTest {

    @Test
    void readsACellAsPromptfoosCsvDoes() {
        assertThat(ExpectedValue.check("Paris")).isEqualTo(Map.of("type", "equals", "value", "Paris"));
        assertThat(ExpectedValue.check("contains: Paris ")).isEqualTo(Map.of("type", "contains", "value", "Paris"));
        assertThat(ExpectedValue.check("not-icontains:rome")).isEqualTo(Map.of("type", "not-icontains", "value", "rome"));
        assertThat(ExpectedValue.check("is-json")).isEqualTo(Map.of("type", "is-json"));
        assertThat(ExpectedValue.check("similar(0.9):a cat")).isEqualTo(
                Map.of("type", "similar", "value", "a cat", "threshold", 0.9));
        assertThat(ExpectedValue.check("similar:a cat")).containsEntry("threshold", 0.8);
        assertThat(ExpectedValue.check("levenshtein:abc")).containsEntry("threshold", 0.75);
        assertThat(ExpectedValue.check("contains-any:a, b,\"c, d\"")).isEqualTo(
                Map.of("type", "contains-any", "value", List.of("a", "b", "c, d")));
        assertThat(ExpectedValue.check("javascript: output.length > 3")).isEqualTo(
                Map.of("type", "javascript", "value", "output.length > 3"));
        assertThat(ExpectedValue.check("grade:is polite")).isEqualTo(Map.of("type", "llm-rubric", "value", "is polite"));
        assertThat(ExpectedValue.check("python:file://check.py")).isEqualTo(
                Map.of("type", "python", "value", "file://check.py"));
        // promptfoo's own order of types: similar comes before similar:cosine, so this is similar with a value
        assertThat(ExpectedValue.check("similar:cosine:hello")).containsEntry("type", "similar")
                .containsEntry("value", "cosine:hello");
        assertThat(ExpectedValue.check("unknown-type:x")).isEqualTo(Map.of("type", "equals", "value", "unknown-type:x"));
    }

    @Test
    void anUnclosedQuoteIsAProblem() {
        assertThatThrownBy(() -> ExpectedValue.check("contains-all:\"a, b"))
                .hasMessageContaining("not closed");
    }
}
