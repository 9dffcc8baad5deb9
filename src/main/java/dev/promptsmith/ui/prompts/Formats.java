package dev.promptsmith.ui.prompts;

import dev.promptsmith.shared.Json;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How values read on screen. */
final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private Formats() {
    }

    static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** A value as compact JSON, cut to {@code max} characters. */
    static String compact(Object value, int max) {
        String json = value instanceof String text ? text : Json.write(value);
        String oneLine = json.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
