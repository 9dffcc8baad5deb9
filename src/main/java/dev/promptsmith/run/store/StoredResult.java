package dev.promptsmith.run.store;

import dev.promptsmith.check.CheckResult;
import dev.promptsmith.check.json.OutputJson;
import java.math.BigDecimal;
import java.util.List;

/**
 * One cell's stored result.
 *
 * @param test        the test case's position in its suite
 * @param checks      empty unless the result was loaded with its checks
 * @param output      the cell's output (after the provider's and the test's transforms); {@code null} unless the
 *                    result was loaded with its checks, or when the call failed
 * @param json        the JSON outcome of the model's answer, {@code null} without output (or stored before
 *                    outcomes were); its fixes, repaired JSON and problem only when the result was loaded with its
 *                    checks
 * @param jsonCounted whether the answer counts in its model's JSON rates (see {@link ResultRow})
 * @param answer      the model's answer when a transform changed it, else {@code null}
 */
public record StoredResult(long id, int promptPosition, String prompt, long testCaseId, int test, String description,
                           int modelPosition, String model, int repeat, String output, String finishReason,
                           Integer tokensIn, Integer tokensOut, long latencyMs, BigDecimal costUsd, String error,
                           String errorKind, int attempts, boolean cached, boolean passed, double score,
                           String rawRequest, String rawResponse, List<CheckResult> checks, OutputJson json,
                           boolean jsonCounted, String answer) {

    /** The model's answer as it came: the output, unless a transform changed it. */
    public String modelAnswer() {
        return answer != null ? answer : output;
    }

    /** The description, or "test N" when the file gave none. */
    public String label() {
        return description == null || description.isBlank() ? "test " + (test + 1) : description;
    }
}
