package dev.promptsmith.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * A model's answer with the numbers a person compares models by.
 *
 * @param timeToFirstToken {@code null} for a blocking call
 * @param tokensEstimated  whether the token counts are our estimate rather than the provider's
 * @param costUsd          {@code null} when the price of the model is unknown
 * @param exchange         the raw request and response, secrets redacted
 * @param logProbs         the log probability of each token of the answer, or {@code null} when the provider
 *                         returned none (OpenAI-compatible ones do when asked with {@code logprobs: true})
 */
public record ModelResponse(String text, FinishReason finishReason, int tokensIn, int tokensOut,
                            boolean tokensEstimated, Duration latency, Duration timeToFirstToken,
                            BigDecimal costUsd, String responseId, RawExchange exchange, List<Double> logProbs) {

    public ModelResponse {
        logProbs = logProbs == null ? null : List.copyOf(logProbs);
    }

    /** An answer without token log probabilities. */
    public ModelResponse(String text, FinishReason finishReason, int tokensIn, int tokensOut, boolean tokensEstimated,
                         Duration latency, Duration timeToFirstToken, BigDecimal costUsd, String responseId,
                         RawExchange exchange) {
        this(text, finishReason, tokensIn, tokensOut, tokensEstimated, latency, timeToFirstToken, costUsd, responseId,
                exchange, null);
    }

    /** The same answer at another cost ({@code null}: unknown). */
    public ModelResponse withCost(BigDecimal cost) {
        return new ModelResponse(text, finishReason, tokensIn, tokensOut, tokensEstimated, latency, timeToFirstToken,
                cost, responseId, exchange, logProbs);
    }

    public boolean truncated() {
        return finishReason == FinishReason.LENGTH;
    }
}
