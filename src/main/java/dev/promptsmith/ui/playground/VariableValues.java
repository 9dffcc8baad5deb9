package dev.promptsmith.ui.playground;

import dev.promptsmith.shared.Json;
import java.util.List;
import java.util.Map;

/** Variable values as they are edited in text fields: lists and mappings as JSON, everything else as text. */
final class VariableValues {

    private VariableValues() {
    }

    static String toText(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof List<?> || value instanceof Map<?, ?> ? Json.write(value) : value.toString();
    }

    /** JSON arrays and objects become lists and mappings again, so loops in templates work; the rest stays text. */
    static Object fromText(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
            try {
                return Json.readList(trimmed);
            } catch (RuntimeException e) {
                return text;
            }
        }
        if (trimmed.startsWith("{") && trimmed.endsWith("}")) {
            try {
                return Json.readObject(trimmed);
            } catch (RuntimeException e) {
                return text;
            }
        }
        return text;
    }
}
