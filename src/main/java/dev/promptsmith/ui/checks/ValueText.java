package dev.promptsmith.ui.checks;

import dev.promptsmith.check.form.ValueKind;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a check's value is shown as text in the form, and read back: plain text, one text per line,
 * a number, or YAML (JSON is YAML too) for schemas, settings and values the type's own form does
 * not fit (a mapping where the type usually takes text), so that nothing a check holds is lost.
 */
enum ValueText {
    PLAIN, LINES, NUMBER, YAML;

    /** How a kind of value is typed in a new check, or after the type was changed. */
    static ValueText preferred(ValueKind kind) {
        return switch (kind) {
            case TEXTS -> LINES;
            case NUMBER -> NUMBER;
            case JSON, JSON_SCHEMA -> YAML;
            default -> PLAIN;
        };
    }

    /** How a value as written is best shown for a kind: its preferred way if the value fits it. */
    static ValueText fitting(ValueKind kind, Object value) {
        ValueText preferred = preferred(kind);
        if (value == null) {
            return preferred;
        }
        if (value instanceof String) {
            // text stays text: a comma-separated list, a number in quotes, a schema written as JSON text
            return PLAIN;
        }
        boolean fits = switch (preferred) {
            case LINES -> value instanceof List<?> list && list.stream().allMatch(ValueText::scalar);
            case NUMBER -> value instanceof Number;
            case YAML -> true;
            case PLAIN -> false;
        };
        return fits ? preferred : YAML;
    }

    String show(Object value) {
        if (value == null) {
            return "";
        }
        return switch (this) {
            case PLAIN -> String.valueOf(value);
            case LINES -> String.join("\n", ((List<?>) value).stream().map(String::valueOf).toList());
            case NUMBER -> value.toString();
            case YAML -> YamlText.write(value);
        };
    }

    /** The value of the text; blank is no value. Text that does not read as this way wants stays text. */
    Object read(String text) {
        if (text.isBlank()) {
            return null;
        }
        return switch (this) {
            case PLAIN -> text;
            case LINES -> Arrays.stream(text.split("\\R")).filter(line -> !line.isBlank()).toList();
            case NUMBER -> number(text.strip());
            case YAML -> problem(text).isPresent() ? text : YamlText.read(text);
        };
    }

    /** Why the text cannot be read this way, where the check's own rules would not say it. */
    Optional<String> problem(String text) {
        if (this != YAML || text.isBlank()) {
            return Optional.empty();
        }
        try {
            YamlText.read(text);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static Object number(String text) {
        try {
            long whole = Long.parseLong(text);
            return whole == (int) whole ? (Object) (int) whole : (Object) whole;
        } catch (NumberFormatException e) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException notANumber) {
                return text;
            }
        }
    }

    private static boolean scalar(Object item) {
        return item != null && !(item instanceof Map<?, ?>) && !(item instanceof List<?>);
    }
}
