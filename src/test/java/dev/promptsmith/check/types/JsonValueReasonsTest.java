package dev.promptsmith.check.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reasons show a JSON value as JSON: a string quoted once, a number bare. */
class JsonValueReasonsTest {

    private static Verdict run(dev.promptsmith.check.Check check, Object value, String output) {
        Map<String, Object> written = new HashMap<>();
        written.put("type", check.type());
        written.put("value", value);
        return check.evaluate(CheckSpec.of(written), CheckInput.of(output));
    }

    @Test
    void aJsonPathStringIsQuotedOnce() {
        // when
        Verdict verdict = run(new JsonPathCheck(), Map.of("path", "$.invoice_number", "equals", "RE-2024-0317"),
                "{\"invoice_number\": \"RE-2024-0316\"}");

        // then
        assertThat(verdict).isEqualTo(new Verdict(false, 0, "have \"RE-2024-0317\" at $.invoice_number",
                "it was \"RE-2024-0316\""));
    }

    @Test
    void aJsonPathNumberIsBareSoThatItReadsDifferentlyFromAString() {
        // when
        Verdict verdict = run(new JsonPathCheck(), Map.of("path", "$.total", "equals", 42), "{\"total\": \"42\"}");

        // then
        assertThat(verdict).isEqualTo(new Verdict(false, 0, "have 42 at $.total", "it was \"42\""));
    }

    @Test
    void equalsOnJsonShowsBothSidesAsJson() {
        // when
        Verdict verdict = run(new EqualsCheck(), List.of("a", 1), "[\"a\", 2]");

        // then
        assertThat(verdict).isEqualTo(new Verdict(false, 0, "equal the JSON [\"a\",1]", "it was [\"a\",2]"));
    }

    @Test
    void aLongJsonValueIsShortened() {
        // when
        Verdict verdict = run(new JsonPathCheck(), Map.of("path", "$.note", "equals", "x".repeat(200)),
                "{\"note\": \"y\"}");

        // then
        assertThat(verdict.expectation()).isEqualTo("have \"" + "x".repeat(78) + "… at $.note");
    }
}
