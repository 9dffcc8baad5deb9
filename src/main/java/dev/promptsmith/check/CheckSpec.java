package dev.promptsmith.check;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One check as written in a suite ({@code assert} entry), read.
 *
 * @param type      the type without a {@code not-} prefix
 * @param negated   whether it was written with {@code not-}
 * @param threshold the check's own threshold, or {@code null} for its default
 * @param weight    how much it counts in the weighted score; 0 makes it informational
 * @param config    every key as written, for checks with more settings (e.g. {@code provider})
 */
public record CheckSpec(String type, boolean negated, Object value, Double threshold, double weight, String metric,
                        Map<String, Object> config) {

    private static final String NOT = "not-";

    /** Reads a check as a suite writes it: {@code {type, value, threshold, weight, metric}}. */
    public static CheckSpec of(Map<String, ?> check) {
        return of(check, java.util.Set.of());
    }

    /**
     * @param ownTypes type names that begin with {@code not-} themselves ({@code not-truncated}),
     *                 which are not negations unless written with a second {@code not-}
     */
    public static CheckSpec of(Map<String, ?> check, java.util.Set<String> ownTypes) {
        String written = String.valueOf(check.get("type")).strip();
        boolean negated = written.startsWith(NOT) && !ownTypes.contains(written);
        Object threshold = check.get("threshold");
        Object weight = check.get("weight");
        Object metric = check.get("metric");
        return new CheckSpec(negated ? written.substring(NOT.length()) : written, negated, check.get("value"),
                threshold instanceof Number n ? n.doubleValue() : null,
                weight instanceof Number w ? w.doubleValue() : 1.0,
                metric == null ? null : metric.toString(), new LinkedHashMap<>(check));
    }

    /** The type as written, with its {@code not-} prefix if it was negated. */
    public String writtenType() {
        return negated ? NOT + type : type;
    }

    /** The value as text (a list or mapping as written). */
    public String text() {
        return value == null ? "" : value.toString();
    }

    public double threshold(double fallback) {
        return threshold == null ? fallback : threshold;
    }
}
