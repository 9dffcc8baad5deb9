package dev.promptsmith.suite;

import dev.promptsmith.check.CheckSpec;
import java.util.List;
import java.util.Map;

/**
 * A stored test case of a suite version.
 *
 * @param suiteName  the suite it belongs to
 * @param vars          the suite's {@code defaultTest} variables with the case's own on top
 * @param sourceLine    where it is written in the suite file
 * @param defaultChecks the suite's {@code defaultTest} checks
 */
public record TestCase(long id, String suiteName, int suiteVersion, int position, String description,
                       Map<String, Object> vars, List<CheckSpec> checks, Map<String, Object> options,
                       List<String> tags, int sourceLine, List<CheckSpec> defaultChecks) {

    /** The suite's {@code defaultTest} checks, then the case's own, as promptfoo applies them. */
    public List<CheckSpec> allChecks() {
        List<CheckSpec> all = new java.util.ArrayList<>(defaultChecks);
        all.addAll(checks);
        return all;
    }

    /** The case's threshold on its weighted score, or {@code null}. */
    public Double threshold() {
        return options.get("threshold") instanceof Number n ? n.doubleValue() : null;
    }

    /** The description, or a stand-in built from the position when the file gave none. */
    public String label() {
        return description.isBlank() ? "Test " + (position + 1) : description;
    }
}
