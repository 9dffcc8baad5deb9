package dev.promptsmith.check.json;

import dev.promptsmith.model.FinishReason;

/**
 * The JSON of one output, worked out at most once and only when first asked for: every check of a cell
 * and the cell's stored result share one repair.
 */
public final class JsonOfOutput {

    private final String output;
    private final FinishReason finishReason;
    private RepairResult repair;
    private OutputJson outcome;

    public JsonOfOutput(String output, FinishReason finishReason) {
        this.output = output == null ? "" : output;
        this.finishReason = finishReason;
    }

    /** The output repaired, with the repair's own outcome (valid, repaired, truncated or invalid). */
    public synchronized RepairResult repair() {
        if (repair == null) {
            repair = JsonRepair.repair(output, CutOff.atTokenLimit(finishReason));
        }
        return repair;
    }

    /** The outcome as stored and shown; repairs the output only when it has a bracket or brace. */
    public synchronized OutputJson outcome() {
        if (outcome == null) {
            outcome = OutputJson.of(output, finishReason, this::repair);
        }
        return outcome;
    }

    /** Whether the output was cut off, as {@link CutOff} decides it. */
    public boolean cutOff() {
        return outcome().cutOff();
    }
}
