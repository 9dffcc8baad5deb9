package dev.promptsmith.suite;

import dev.promptsmith.check.CheckSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A suite's {@code defaultTest}: the variables and checks promptfoo applies to every test case. */
public final class DefaultTest {

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

    /**
     * The default checks, to be run before the case's own, read; a stored {@code defaultTest} keeps
     * no file or line of its checks.
     */
    public static List<CheckSpec> checks(Map<String, Object> defaultTest) {
        return defaultTest.get("assert") instanceof List<?> defaults ? SuiteChecks.read(defaults, null, 0) : List.of();
    }
}
