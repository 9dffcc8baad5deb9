package dev.promptsmith.check.json;

import java.util.List;

/**
 * The outcome of repairing an output.
 *
 * @param json    the repaired JSON text, or {@code null} when {@link JsonOutcome#INVALID}
 * @param fixes   what was changed, in order, without repeats
 * @param problem for {@code INVALID}: what is wrong and where
 */
public record RepairResult(JsonOutcome outcome, String json, List<Fix> fixes, String problem) {
}
