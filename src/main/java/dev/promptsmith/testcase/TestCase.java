package dev.promptsmith.testcase;

import java.util.List;
import java.util.Map;

/**
 * A stored test case of a suite version.
 *
 * @param suiteName  the suite it belongs to
 * @param sourceLine where it is written in the suite file
 */
public record TestCase(long id, String suiteName, int suiteVersion, int position, String description,
                       Map<String, Object> vars, List<Map<String, Object>> checks, Map<String, Object> options,
                       List<String> tags, int sourceLine) {

    /** The description, or a stand-in built from the position when the file gave none. */
    public String label() {
        return description.isBlank() ? "Test " + (position + 1) : description;
    }
}
