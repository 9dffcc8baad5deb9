package dev.promptsmith.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.check.types.CheckTypes;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The similar check on the real in-process embedding model (all-MiniLM-L6-v2), no network. */
class LocalEmbedderTest {

    private final CheckEngine engine = new CheckEngine(new CheckRegistry(CheckTypes.all(
            (system, user, config) -> "", new LocalEmbedder())));

    @Test
    void sentencesThatMeanTheSameAreSimilarAndOthersAreNot() {
        Map<String, Object> check = Map.of("type", "similar", "value", "The invoice total is 42 dollars.");

        CheckResult same = engine.evaluate(engine.spec(check), CheckInput.of("The total of the invoice is $42."));
        CheckResult other = engine.evaluate(engine.spec(check), CheckInput.of("It will rain in Lisbon tomorrow."));

        assertThat(same.pass()).as(same.reason()).isTrue();
        assertThat(other.pass()).as(other.reason()).isFalse();
        assertThat(same.score()).isGreaterThan(other.score() + 0.3);
    }
}
