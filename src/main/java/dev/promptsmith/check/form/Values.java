package dev.promptsmith.check.form;

import java.util.List;
import java.util.Map;

/** Small helpers for values as written in a suite. */
final class Values {

    private Values() {
    }

    /** A number as a person writes it: {@code 5}, not {@code 5.0}. */
    static String number(double value) {
        boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15;
        return whole ? Long.toString((long) value) : Double.toString(value);
    }

    /** Whether nothing is written: no value, blank text, an empty list or mapping. */
    static boolean empty(Object value) {
        return value == null || value instanceof String text && text.isBlank()
                || value instanceof List<?> list && list.isEmpty() || value instanceof Map<?, ?> map && map.isEmpty();
    }

    /** What a value is, in words, for messages. */
    static String what(Object value) {
        return switch (value) {
            case Map<?, ?> map -> "a mapping";
            case List<?> list -> "a list";
            case Number number -> "a number";
            case Boolean flag -> "true or false";
            default -> "text";
        };
    }
}
