package dev.promptsmith.model;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * A model's answer with the numbers a person compares models by.
 *
 * @param timeToFirstToken {@code null} for a blocking call
 * @param tokensEstimated  whether the token counts are our estimate rather than the provider's
 * @param costUsd          {@code null} when the price of the model is unknown
 * @param exchange         the raw request and response, secrets redacted
 */
public record ModelResponse(String text, FinishReason finishReason, int tokensIn, int tokensOut,
                            boolean tokensEstimated, Duration latency, Duration timeToFirstToken,
                            BigDecimal costUsd, String responseId, RawExchange exchange) {

    public boolean truncated() {
        return finishReason == FinishReason.LENGTH;
    }
}
