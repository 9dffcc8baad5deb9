package dev.promptsmith.run;

import dev.promptsmith.suite.results.Sample;
import dev.promptsmith.check.CaseVerdict;
import dev.promptsmith.check.json.OutputJson;
import dev.promptsmith.model.ModelErrorKind;
import dev.promptsmith.model.ModelResponse;
import dev.promptsmith.run.store.ResultRow;
import java.math.BigDecimal;
import java.util.List;

/**
 * What one cell gave.
 *
 * @param response    the model's answer, or {@code null} when the call failed
 * @param verdict     {@code null} when there was no output to check
 * @param error       why the cell has no output (model error, template error), or {@code null}
 * @param errorKind   the model error's kind, or {@code null} (no error, or a template error)
 * @param attempts    model calls made for it: 1, more when failures were retried, 0 for a template error
 * @param cached      whether the answer came from the response cache
 * @param requestHash the canonical request's hash (the cache key), or {@code null} when nothing was sent
 * @param json        the JSON outcome of the model's answer (what the model sent, before any transform), worked
 *                    out once with its checks when no transform changed it; {@code null} without an answer
 * @param output      what the cell reports as its output, as promptfoo does: the model's answer after the
 *                    provider's {@code transform} and the test's {@code options.transform} (a check's own
 *                    {@code transform} changes only what that check sees); the answer itself when none changed
 *                    it; {@code null} when the call failed
 */
public record CellResult(Cell cell, ModelResponse response, CaseVerdict verdict, String error, ModelErrorKind errorKind,
                         int attempts, boolean cached, String requestHash, OutputJson json, String output) {

    /** A result whose output is the model's answer, untransformed. */
    public CellResult(Cell cell, ModelResponse response, CaseVerdict verdict, String error, ModelErrorKind errorKind,
                      int attempts, boolean cached, String requestHash, OutputJson json) {
        this(cell, response, verdict, error, errorKind, attempts, cached, requestHash, json,
                response == null ? null : response.text());
    }

    /** A result whose JSON outcome is worked out here, from the response. */
    public CellResult(Cell cell, ModelResponse response, CaseVerdict verdict, String error, ModelErrorKind errorKind,
                      int attempts, boolean cached, String requestHash) {
        this(cell, response, verdict, error, errorKind, attempts, cached, requestHash,
                response == null ? null : OutputJson.of(response.text(), response.finishReason()));
    }

    public static CellResult failed(Cell cell, String error, ModelErrorKind kind, int attempts, String requestHash) {
        return new CellResult(cell, null, null, error, kind, attempts, false, requestHash, null);
    }

    public boolean passed() {
        return error == null && verdict != null && verdict.pass();
    }

    public double score() {
        return verdict == null ? 0 : verdict.score();
    }

    /** The model's answer as it came, before any transform; {@code null} when the call failed. */
    public String answer() {
        return response == null ? null : response.text();
    }

    /** Whether a transform made the output differ from the model's answer. */
    public boolean transformed() {
        return output != null && !output.equals(answer());
    }

    public long latencyMs() {
        return response == null ? 0 : response.latency().toMillis();
    }

    public BigDecimal costUsd() {
        return response == null ? null : response.costUsd();
    }

    /** Whether the answer counts in its model's JSON rates: its checks ask for JSON, or it looks like JSON. */
    public boolean jsonCounted() {
        return json != null && JsonChecks.counted(verdict, answer());
    }

    /** The numbers the statistics need, without the output. */
    public Sample sample() {
        return new Sample(cell.prompt().name(), cell.test().position(), cell.testLabel(), cell.model().name(), passed(),
                error != null, score(), latencyMs(), response == null ? 0 : response.tokensIn() + response.tokensOut(),
                costUsd(), json == null ? null : json.shape(), json != null && json.cutOff(), jsonCounted());
    }

    /** The result as the store keeps it. */
    public ResultRow row() {
        return new ResultRow(cell.promptIndex(), cell.testCaseId(), cell.modelIndex(), cell.repeat(), requestHash,
                output(), response == null ? null : response.finishReason().name(),
                response == null ? null : response.tokensIn(), response == null ? null : response.tokensOut(),
                latencyMs(), costUsd(), error, errorKind == null ? null : errorKind.name(), attempts, cached, passed(),
                score(), response == null ? null : response.exchange().request(),
                response == null ? null : response.exchange().response(),
                verdict == null ? List.of() : verdict.checks(), json, jsonCounted(), transformed() ? answer() : null);
    }
}
