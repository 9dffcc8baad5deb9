package dev.promptsmith.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One check as written in a suite ({@code assert} entry), read once when the suite is read.
 *
 * @param type      the type without a {@code not-} prefix
 * @param negated   whether it was written with {@code not-}
 * @param threshold the check's own threshold, or {@code null} for its default
 * @param weight    how much it counts in the weighted score; 0 makes it informational
 * @param config    every key as written, for checks with more settings (e.g. {@code provider}); also what is stored
 * @param members   an {@code assert-set}'s own checks, read as well; empty for every other type
 * @param file      the file it is written in, or {@code null} when not known
 * @param line      the line it starts on in that file, or 0 when not known
 */
public record CheckSpec(String type, boolean negated, Object value, Double threshold, double weight, String metric,
                        Map<String, Object> config, List<CheckSpec> members, String file, int line) {

    private static final String NOT = "not-";

    public CheckSpec {
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
        members = List.copyOf(members);
    }

    /** A check written nowhere in particular, without checks of its own. */
    public CheckSpec(String type, boolean negated, Object value, Double threshold, double weight, String metric,
                     Map<String, Object> config) {
        this(type, negated, value, threshold, weight, metric, config, List.of(), null, 0);
    }

    /** Reads a check as a suite writes it: {@code {type, value, threshold, weight, metric}}. */
    public static CheckSpec of(Map<String, ?> check) {
        return of(check, Set.of());
    }

    /**
     * @param ownTypes type names that begin with {@code not-} themselves ({@code not-truncated}),
     *                 which are not negations unless written with a second {@code not-}
     */
    public static CheckSpec of(Map<String, ?> check, Set<String> ownTypes) {
        return of(check, ownTypes, null, 0);
    }

    /**
     * A check as written at {@code file:line}; an assert-set's own checks are read too, at the same place.
     *
     * @param ownTypes type names that begin with {@code not-} themselves ({@code not-truncated})
     */
    public static CheckSpec of(Map<String, ?> check, Set<String> ownTypes, String file, int line) {
        List<CheckSpec> members = new ArrayList<>();
        if (check.get("assert") instanceof List<?> written) {
            for (Object member : written) {
                members.add(of(plain(member), ownTypes, file, line));
            }
        }
        return of(check, ownTypes, file, line, members);
    }

    /** A check as written at {@code file:line}, with an assert-set's own checks read by the caller. */
    public static CheckSpec of(Map<String, ?> check, Set<String> ownTypes, String file, int line,
                               List<CheckSpec> members) {
        String written = String.valueOf(check.get("type")).strip();
        boolean negated = written.startsWith(NOT) && !ownTypes.contains(written);
        Object threshold = check.get("threshold");
        Object weight = check.get("weight");
        Object metric = check.get("metric");
        return new CheckSpec(negated ? written.substring(NOT.length()) : written, negated, check.get("value"),
                threshold instanceof Number n ? n.doubleValue() : null,
                weight instanceof Number w ? w.doubleValue() : 1.0,
                metric == null ? null : metric.toString(), plain(check), members, file, line);
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

    /** The same check with its value and metric name as a test's variables filled them in. */
    public CheckSpec filled(Object filledValue, String filledMetric) {
        Map<String, Object> written = new LinkedHashMap<>(config);
        if (written.get("value") != null) {
            written.put("value", filledValue);
        }
        if (written.get("metric") != null) {
            written.put("metric", filledMetric);
        }
        return new CheckSpec(type, negated, filledValue, threshold, weight, filledMetric, written, members, file, line);
    }

    /** The same check with a setting it does not give itself, such as a test's grading {@code provider}. */
    public CheckSpec withDefault(String key, Object setting) {
        if (setting == null || config.get(key) != null) {
            return this;
        }
        Map<String, Object> written = new LinkedHashMap<>(config);
        written.put(key, setting);
        return new CheckSpec(type, negated, value, threshold, weight, metric, written, members, file, line);
    }

    private static Map<String, Object> plain(Object written) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (written instanceof Map<?, ?> entries) {
            entries.forEach((k, v) -> map.put(String.valueOf(k), v));
        }
        return map;
    }
}
