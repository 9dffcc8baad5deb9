package dev.promptsmith.run;

import dev.promptsmith.check.CaseVerdict;
import java.math.BigDecimal;

/**
 * What one cell gave.
 *
 * @param verdict {@code null} when the call failed before there was an output to check
 * @param error    why the cell has no output (model error, template error), or {@code null}
 * @param attempts model calls made for it: 1, or more when failures were retried
 */
public record CellResult(Cell cell, String output, CaseVerdict verdict, String error, long latencyMs, BigDecimal costUsd,
                         int attempts) {

    public boolean passed() {
        return error == null && verdict != null && verdict.pass();
    }
}
