package dev.promptsmith.run;

import dev.promptsmith.check.CaseVerdict;
import dev.promptsmith.model.ModelErrorKind;
import dev.promptsmith.model.ModelResponse;
import java.math.BigDecimal;

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
 */
public record CellResult(Cell cell, ModelResponse response, CaseVerdict verdict, String error, ModelErrorKind errorKind,
                         int attempts, boolean cached, String requestHash) {

    public static CellResult failed(Cell cell, String error, ModelErrorKind kind, int attempts, String requestHash) {
        return new CellResult(cell, null, null, error, kind, attempts, false, requestHash);
    }

    public boolean passed() {
        return error == null && verdict != null && verdict.pass();
    }

    public double score() {
        return verdict == null ? 0 : verdict.score();
    }

    public String output() {
        return response == null ? null : response.text();
    }

    public long latencyMs() {
        return response == null ? 0 : response.latency().toMillis();
    }

    public BigDecimal costUsd() {
        return response == null ? null : response.costUsd();
    }

    /** The numbers the statistics need, without the output. */
    public Sample sample() {
        return new Sample(cell.prompt().name(), cell.test().position(), cell.testLabel(), cell.model().name(), passed(),
                error != null, score(), latencyMs(), response == null ? 0 : response.tokensIn() + response.tokensOut(),
                costUsd());
    }
}
