package dev.promptsmith.suite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * promptfoo's rule for a variable whose value is a list of texts: the test runs once for each
 * value, and with several such variables once for each combination; a list of numbers or
 * mappings is one value. Expanded tests keep the file's
 * description, followed by the values that tell them apart.
 */
final class VarCombinations {

    /** More combinations than this in one test are refused. */
    static final int MAX = 10_000;

    private VarCombinations() {
    }

    /** Every combination, or an empty list when there would be more than {@link #MAX}. */
    static List<Map<String, Object>> of(Map<String, Object> vars) {
        List<Map<String, Object>> combinations = new ArrayList<>();
        combinations.add(new LinkedHashMap<>());
        for (Map.Entry<String, Object> entry : vars.entrySet()) {
            List<?> values = expands(entry.getValue()) ? (List<?>) entry.getValue()
                    : java.util.Collections.singletonList(entry.getValue());
            List<Map<String, Object>> next = new ArrayList<>(combinations.size() * values.size());
            for (Map<String, Object> combination : combinations) {
                for (Object value : values) {
                    Map<String, Object> more = new LinkedHashMap<>(combination);
                    more.put(entry.getKey(), value);
                    next.add(more);
                }
            }
            if (next.size() > MAX) {
                return List.of();
            }
            combinations = next;
        }
        return combinations;
    }

    /** promptfoo multiplies a test by a list whose first value is text; other lists are one value. */
    static boolean expands(Object value) {
        return value instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof String;
    }

    /** The description, then the values of the list variables: {@code translates (language=French)}. */
    static String describe(String description, Map<String, Object> vars, Object written) {
        StringJoiner values = new StringJoiner(", ", "(", ")");
        if (written instanceof Map<?, ?> original) {
            for (Map.Entry<?, ?> entry : original.entrySet()) {
                if (expands(entry.getValue())) {
                    values.add(entry.getKey() + "=" + vars.get(String.valueOf(entry.getKey())));
                }
            }
        }
        return description.isBlank() ? values.toString() : description + " " + values;
    }
}
