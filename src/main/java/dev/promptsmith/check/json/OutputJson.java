package dev.promptsmith.check.json;

import dev.promptsmith.model.FinishReason;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The JSON outcome of one model output, as it is stored with the output's result and shown.
 *
 * @param shape    what the output is as JSON
 * @param cutOff   whether the output was cut off, as {@link CutOff} decides it
 * @param fixes    what repair changed, in its order; empty unless {@code shape} is {@link Shape#REPAIRED}
 * @param repaired the repaired JSON when {@code shape} is {@link Shape#REPAIRED} and it is at most
 *                 {@link #MAX_REPAIRED} characters long, else {@code null}
 * @param problem  for {@link Shape#INVALID}: what was wrong and where; else {@code null}
 */
public record OutputJson(Shape shape, boolean cutOff, List<Fix> fixes, String repaired, String problem) {

    /** The longest repaired JSON kept with a result; a longer one is left out rather than cut into invalid JSON. */
    public static final int MAX_REPAIRED = 100_000;

    /** What an output is as JSON. */
    public enum Shape {
        /** A JSON object or array, valid as it came. */
        VALID,
        /** A JSON object or array after repair (a fence, a comma, a cut-off end ...). */
        REPAIRED,
        /** It has a bracket or brace, but repair could make nothing of it. */
        INVALID,
        /** It holds no JSON object or array: prose, a number, a quoted string. */
        NOT_JSON
    }

    public OutputJson {
        fixes = List.copyOf(fixes);
    }

    /** Works out the outcome, repairing the output only when it has a bracket or brace. */
    public static OutputJson of(String output, FinishReason finishReason) {
        return of(output, finishReason, () -> JsonRepair.repair(output, CutOff.atTokenLimit(finishReason)));
    }

    /** @param repair the output's repair, asked for only when the output has a bracket or brace */
    public static OutputJson of(String output, FinishReason finishReason, Supplier<RepairResult> repair) {
        String text = output == null ? "" : output;
        if (!CutOff.mayHoldJson(text)) {
            return new OutputJson(Shape.NOT_JSON, CutOff.atTokenLimit(finishReason), List.of(), null, null);
        }
        RepairResult json = repair.get();
        boolean cutOff = CutOff.of(finishReason, text, json);
        if (json.outcome() == JsonOutcome.INVALID) {
            return new OutputJson(Shape.INVALID, cutOff, List.of(), null, json.problem());
        }
        if (!CutOff.holdsJson(text, json)) {
            return new OutputJson(Shape.NOT_JSON, cutOff, List.of(), null, null);
        }
        if (json.outcome() == JsonOutcome.VALID) {
            return new OutputJson(Shape.VALID, cutOff, List.of(), null, null);
        }
        return new OutputJson(Shape.REPAIRED, cutOff, json.fixes(),
                json.json().length() <= MAX_REPAIRED ? json.json() : null, null);
    }

    /** VALID, REPAIRED, TRUNCATED (repaired after a cut), INVALID or NOT JSON: the word the screens show. */
    public String label() {
        return shape == Shape.REPAIRED && cutOff ? "TRUNCATED" : shape.name().replace('_', ' ');
    }

    /** What repair changed, in words, each change once. */
    public List<String> fixDescriptions() {
        List<String> descriptions = new ArrayList<>();
        for (Fix fix : fixes) {
            if (!descriptions.contains(fix.label())) {
                descriptions.add(fix.label());
            }
        }
        return descriptions;
    }
}
