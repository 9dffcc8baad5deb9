package dev.promptsmith.check.json;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of {@link JsonRepair#repair(CharSequence)}.
 *
 * @param outcome whether the input was valid, repaired, completed after truncation, or beyond repair
 * @param json the repaired JSON text, or {@code null} when the outcome is {@link JsonOutcome#INVALID}
 * @param fixes what was changed, in a fixed order; empty when the input was valid
 * @param problem for {@link JsonOutcome#INVALID}: what was wrong and where; otherwise {@code null}
 * @param cutOffKey with {@link Fix#KEPT_CUT_OFF_KEY}: the key the input ended after, as JSON text ({@code "tags"});
 *     otherwise {@code null}
 */
public record RepairResult(JsonOutcome outcome, String json, List<Fix> fixes, String problem, String cutOffKey) {

    /** A key longer than this is shortened where it is named, so a reason stays one readable line. */
    private static final int KEY_SHOWN = 60;

    public RepairResult {
        fixes = List.copyOf(fixes);
    }

    public RepairResult(JsonOutcome outcome, String json, List<Fix> fixes, String problem) {
        this(outcome, json, fixes, problem, null);
    }

    /**
     * What was changed, in words, in the order of {@link #fixes()}: each fix's label, except that a key kept
     * after a cut is named ({@code key "tags" was cut off before its value; kept as null}).
     */
    public List<String> fixDescriptions() {
        List<String> descriptions = new ArrayList<>(fixes.size());
        for (Fix fix : fixes) {
            descriptions.add(fix == Fix.KEPT_CUT_OFF_KEY && cutOffKey != null
                    ? "key " + shortened(cutOffKey) + " was cut off before its value; kept as null"
                    : fix.label());
        }
        return descriptions;
    }

    private static String shortened(String key) {
        if (key.length() <= KEY_SHOWN) {
            return key;
        }
        int end = KEY_SHOWN - 2;
        // never half a character: a high surrogate without its low one prints as '?'
        return key.substring(0, Character.isHighSurrogate(key.charAt(end - 1)) ? end - 1 : end) + "…\"";
    }

    /**
     * Whether the result is a JSON object or array. Repair turns a bare line of prose into a JSON
     * string (as jsonrepair does); for a model that was asked for JSON that is no JSON at all.
     */
    public boolean structured() {
        if (json == null) {
            return false;
        }
        String value = json.stripLeading();
        return value.startsWith("{") || value.startsWith("[");
    }

    /** Whether {@link #json()} holds usable JSON. */
    public boolean usable() {
        return outcome != JsonOutcome.INVALID;
    }
}
