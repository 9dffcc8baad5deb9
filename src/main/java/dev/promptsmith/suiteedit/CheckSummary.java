package dev.promptsmith.suiteedit;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A case's checks in one line, as the grid shows them: {@code contains 'Paris' · is-json}. */
public final class CheckSummary {

    private static final int MAX_VALUE = 40;

    private CheckSummary() {
    }

    public static String of(Object asserts) {
        if (!(asserts instanceof List<?> checks)) {
            return "";
        }
        return checks.stream().map(CheckSummary::one).collect(Collectors.joining(" · "));
    }

    private static String one(Object check) {
        if (!(check instanceof Map<?, ?> map)) {
            return String.valueOf(check);
        }
        String type = String.valueOf(map.get("type"));
        Object value = map.get("value");
        if (value == null && map.get("threshold") != null) {
            return type + " (threshold " + map.get("threshold") + ")";
        }
        if (value == null) {
            return type;
        }
        String text = value instanceof String s ? "'" + s.replaceAll("\\s+", " ").strip() + "'"
                : dev.promptsmith.shared.Json.write(value);
        return type + " " + (text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE - 1) + "…" : text);
    }
}
