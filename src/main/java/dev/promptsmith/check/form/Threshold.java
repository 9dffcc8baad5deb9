package dev.promptsmith.check.form;

import java.util.Optional;

/**
 * What a check type's {@code threshold} means, and the range it may take.
 *
 * @param meaning  what the number is, e.g. "the least similarity that passes, 0 to 1"
 * @param min      the least allowed value, or {@code null} for no bound
 * @param max      the greatest allowed value, or {@code null} for no bound
 * @param required whether the check does nothing without one
 * @param fallback what the type uses when none is written, or {@code null} for nothing
 */
public record Threshold(String meaning, Double min, Double max, boolean required, Double fallback) {

    static Threshold score(String meaning, Double fallback) {
        return new Threshold(meaning, 0.0, 1.0, false, fallback);
    }

    static Threshold atLeastZero(String meaning, boolean required, Double fallback) {
        return new Threshold(meaning, 0.0, null, required, fallback);
    }

    static Threshold any(String meaning) {
        return new Threshold(meaning, null, null, false, null);
    }

    /** What is wrong with a threshold as written; empty when it will do. */
    public Optional<String> problem(Object written) {
        if (written == null) {
            return required ? Optional.of("is required: " + meaning) : Optional.empty();
        }
        if (!(written instanceof Number number)) {
            return Optional.of("'" + written + "' is not a number");
        }
        double value = number.doubleValue();
        if (Double.isNaN(value) || min != null && value < min || max != null && value > max) {
            return Optional.of(Values.number(value) + " is out of range: " + range());
        }
        return Optional.empty();
    }

    /** What it means and, where it has one, its range: "the least score that passes, 0 to 1". */
    public String describe() {
        return min == null && max == null ? meaning : meaning + ", " + range();
    }

    /** The allowed range in words, e.g. "0 to 1" or "at least 0". */
    public String range() {
        if (min != null && max != null) {
            return Values.number(min) + " to " + Values.number(max);
        }
        if (min != null) {
            return "at least " + Values.number(min);
        }
        return max != null ? "at most " + Values.number(max) : "any number";
    }
}
