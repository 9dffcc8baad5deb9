package dev.promptsmith.suite;

import dev.promptsmith.check.CheckSpec;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Refuses a check whose values use one of the suite's own {@code nunjucksFilters}: promptfoo renders
 * check values without them, so its cells fail with "filter not found". Promptsmith would apply them
 * and pass or fail such cells otherwise; it refuses the file instead, at the test's line.
 */
final class FiltersInChecks {

    private FiltersInChecks() {
    }

    static void refuse(List<String> filters, Map<String, Object> defaultTest, int defaultTestLine,
                       List<TestCaseDefinition> tests, String file, Problems problems) {
        if (filters.isEmpty()) {
            return;
        }
        Pattern used = Pattern.compile("\\|\\s*(" + String.join("|", filters) + ")\\b");
        if (defaultTest.get("assert") instanceof List<?> checks) {
            first(checks, used).ifPresent(filter -> problems.in(file, null)
                    .error(defaultTestLine, message("defaultTest", filter)));
        }
        for (TestCaseDefinition test : tests) {
            first(test.checks().stream().map(CheckSpec::config).toList(), used).ifPresent(filter -> problems.in(test.file() == null ? file : test.file(), null)
                    .at(test.line()).error(test.line(), message("the test", filter)));
        }
    }

    private static String message(String where, String filter) {
        return where + " uses the suite's filter '" + filter + "' in a check's value; promptfoo fills check values "
                + "without the suite's nunjucksFilters (its cells fail with \"filter not found\"), so this is refused "
                + "rather than run otherwise: use the filter in the prompt, or a javascript check";
    }

    private static java.util.Optional<String> first(Object value, Pattern used) {
        if (value instanceof String text) {
            var match = used.matcher(text);
            return match.find() ? java.util.Optional.of(match.group(1)) : java.util.Optional.empty();
        }
        if (value instanceof Map<?, ?> map) {
            for (Object each : map.values()) {
                var found = first(each, used);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (value instanceof List<?> list) {
            for (Object each : list) {
                var found = first(each, used);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }
}
