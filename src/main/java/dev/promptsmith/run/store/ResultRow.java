package dev.promptsmith.run.store;

import dev.promptsmith.check.CheckResult;
import dev.promptsmith.check.json.OutputJson;
import java.math.BigDecimal;
import java.util.List;

/**
 * One cell's result as it is stored.
 *
 * @param requestHash  the canonical request's hash, or {@code null} when nothing was sent
 * @param output       the cell's output (the model's answer after the provider's and the test's transforms), or
 *                     {@code null} when the call failed
 * @param finishReason the finish reason's name, or {@code null}
 * @param errorKind    the model error kind's name, or {@code null}
 * @param checks       the output's checks, empty when there was no output to check
 * @param json         the JSON outcome of the model's answer, or {@code null} when there was no output
 * @param jsonCounted  whether the answer counts in its model's JSON rates: the cell's checks ask for JSON, or
 *                     the answer looks like JSON
 * @param answer       the model's answer as it came when a transform changed it, else {@code null} (it is the output)
 */
public record ResultRow(int promptPosition, long testCaseId, int modelPosition, int repeat, String requestHash,
                        String output, String finishReason, Integer tokensIn, Integer tokensOut, long latencyMs,
                        BigDecimal costUsd, String error, String errorKind, int attempts, boolean cached,
                        boolean passed, double score, String rawRequest, String rawResponse,
                        List<CheckResult> checks, OutputJson json, boolean jsonCounted, String answer) {

    public ResultRow {
        checks = List.copyOf(checks);
    }
}
