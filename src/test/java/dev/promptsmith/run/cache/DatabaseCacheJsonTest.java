package dev.promptsmith.run.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.FinishReason;
import dev.promptsmith.model.ModelResponse;
import dev.promptsmith.model.RawExchange;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cached answer comes back as it was stored, its token log probabilities too. */
class DatabaseCacheJsonTest {

    private static ModelResponse answer(List<Double> logProbs) {
        return new ModelResponse("Paris", FinishReason.STOP, 5, 1, false, Duration.ofMillis(40), null,
                new BigDecimal("0.0001"), "r-1", new RawExchange("POST /v1", "HTTP 200"), logProbs);
    }

    @Test
    void logProbabilitiesSurviveTheCache() {
        ModelResponse stored = answer(List.of(-0.25, -1.0));

        assertThat(DatabaseCache.read(DatabaseCache.write(stored))).isEqualTo(stored);
    }

    @Test
    void anAnswerWithoutLogProbabilitiesComesBackWithout() {
        ModelResponse stored = answer(null);

        assertThat(DatabaseCache.read(DatabaseCache.write(stored)).logProbs()).isNull();
    }
}
