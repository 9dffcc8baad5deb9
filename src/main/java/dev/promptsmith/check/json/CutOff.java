package dev.promptsmith.check.json;

import dev.promptsmith.model.FinishReason;

/**
 * Decides whether an output was cut off, for every part of Promptsmith that asks: the model stopped at its
 * token limit (finish reason {@code length}), or the output holds JSON that repair found unterminated at the
 * end. The second catches providers that report a plain stop for an answer they cut short.
 */
public final class CutOff {

    private CutOff() {
    }

    /** Whether the model said it stopped at its token limit. */
    public static boolean atTokenLimit(FinishReason finishReason) {
        return finishReason == FinishReason.LENGTH;
    }

    /**
     * @param repair the output's repair, or {@code null} when it was not needed because the output holds no
     *     {@code {} or {@code [}
     */
    public static boolean of(FinishReason finishReason, String output, RepairResult repair) {
        return atTokenLimit(finishReason) || repair != null && repair.outcome() == JsonOutcome.TRUNCATED
                && holdsJson(output, repair);
    }

    /**
     * Whether the output holds a JSON object or array, as it is or after repair. Prose alone does not count,
     * even though repair can quote it into a JSON string or a list of them.
     */
    public static boolean holdsJson(String output, RepairResult repair) {
        return repair.structured() && mayHoldJson(output);
    }

    /** Whether the output has a {@code {} or {@code [} at all; without one it holds no JSON object or array. */
    static boolean mayHoldJson(String output) {
        return output.indexOf('{') >= 0 || output.indexOf('[') >= 0;
    }
}
