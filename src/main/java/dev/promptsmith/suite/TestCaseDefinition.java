package dev.promptsmith.suite;

import dev.promptsmith.check.CheckSpec;
import java.util.List;
import java.util.Map;

/**
 * One test of a suite file, as written (promptfoo's test shape), its checks read.
 *
 * @param position 0-based index in the file's {@code tests} list
 * @param checks   the {@code assert} entries, read once with the file and line each is written at
 * @param line     where the test starts in its file
 * @param file     the file it is written in, when that is not the suite file (a CSV, YAML or JSON file of tests)
 */
public record TestCaseDefinition(
        int position,
        String description,
        Map<String, Object> vars,
        List<CheckSpec> checks,
        Map<String, Object> options,
        List<String> tags,
        int line,
        String file) {

    public TestCaseDefinition {
        checks = List.copyOf(checks);
    }

    /** A test written in the suite file itself. */
    public TestCaseDefinition(int position, String description, Map<String, Object> vars,
                              List<CheckSpec> checks, Map<String, Object> options, List<String> tags, int line) {
        this(position, description, vars, checks, options, tags, line, null);
    }
}
