package dev.promptsmith.ui.suites;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A check as the form gives it, over the check as the file wrote it: keys the form does not show
 * (a judge's provider, a transform) stay, and a value the form shows as text but the file wrote as
 * a mapping or list (a JSON schema, a json-path) stays as written while its text is untouched.
 */
final class CheckMerge {

    private static final List<String> FORM_KEYS = List.of("type", "value", "threshold", "weight", "metric");

    private CheckMerge() {
    }

    static Map<String, Object> merge(Map<String, Object> written, Map<String, Object> edited) {
        Map<String, Object> merged = new LinkedHashMap<>(written);
        FORM_KEYS.forEach(merged::remove);
        Map<String, Object> ordered = new LinkedHashMap<>();
        // the form's keys first, as they are usually written
        ordered.putAll(edited);
        Object value = written.get("value");
        if (value != null && !(value instanceof String) && edited.get("value") instanceof String text
                && text.equals(String.valueOf(value))) {
            ordered.put("value", value);
        }
        merged.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
