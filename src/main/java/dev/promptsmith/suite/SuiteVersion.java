package dev.promptsmith.suite;

import java.util.List;
import java.util.Map;

/**
 * A stored version of a suite with what running it needs.
 *
 * @param promptIds    the prompts it tests, in the order the file names them
 * @param promptLabels what the suite calls each of them ({@code null} for versions stored before labels)
 * @param providers the file's {@code providers}, without their lines
 * @param tests     its test cases by position
 */
public record SuiteVersion(long id, String suiteName, int number, List<Long> promptIds, List<String> promptLabels,
                           List<SuiteProvider> providers, Map<String, Object> defaultTest,
                           Map<String, Object> options, List<StoredCase> tests) {

    /** A stored test case: its id and what the file says. */
    public record StoredCase(long id, TestCaseDefinition definition) {
    }
}
