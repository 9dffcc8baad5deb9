package dev.promptsmith.suite;

import dev.promptsmith.check.CheckSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A suite's {@code defaultTest}: the variables and checks promptfoo applies to every test case. The
 * suite's {@code nunjucksFilters} travel with it, as what else applies to every case.
 */
public final class DefaultTest {

    /** The suite's own template filters: each name with its script, {@code file://path} (no promptfoo key of a defaultTest). */
    public static final String FILTERS = "nunjucksFilters";

    private DefaultTest() {
    }

    /** The default variables with the case's own on top. */
    public static Map<String, Object> vars(Map<String, Object> defaultTest, Map<String, Object> caseVars) {
        Map<String, Object> vars = new LinkedHashMap<>();
        if (defaultTest.get("vars") instanceof Map<?, ?> defaults) {
            defaults.forEach((k, v) -> vars.put(String.valueOf(k), v));
        }
        vars.putAll(caseVars);
        return vars;
    }

    /** The suite's own template filters: each name with its script, {@code file://path}. */
    public static Map<String, String> filters(Map<String, Object> defaultTest) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (defaultTest.get(FILTERS) instanceof Map<?, ?> written) {
            written.forEach((name, script) -> filters.put(String.valueOf(name), String.valueOf(script)));
        }
        return filters;
    }

    /**
     * The default checks, to be run before the case's own, read; a stored {@code defaultTest} keeps
     * no file or line of its checks.
     */
    public static List<CheckSpec> checks(Map<String, Object> defaultTest) {
        return defaultTest.get("assert") instanceof List<?> defaults ? SuiteChecks.read(defaults, null, 0) : List.of();
    }
}
