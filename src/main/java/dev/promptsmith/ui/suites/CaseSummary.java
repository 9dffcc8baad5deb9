package dev.promptsmith.ui.suites;

import dev.promptsmith.suite.CaseImport.Case;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One imported case as a preview row shows it: its line, description, variables and checks, each cut short. */
record CaseSummary(int line, String description, String vars, String checks) {

    private static final int LONGEST = 80;

    static CaseSummary of(Case imported) {
        Map<String, Object> test = imported.test();
        Object description = test.get("description");
        Object vars = test.get("vars");
        String shownVars = vars instanceof Map<?, ?> map ? map.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "))
                : vars == null ? "" : String.valueOf(vars);
        String checks = test.get("assert") instanceof List<?> list ? list.stream().map(CaseSummary::check)
                .collect(Collectors.joining(", ")) : "";
        return new CaseSummary(imported.line(), description == null ? "" : cut(String.valueOf(description)),
                cut(shownVars), cut(checks));
    }

    private static String check(Object entry) {
        if (!(entry instanceof Map<?, ?> check)) {
            return String.valueOf(entry);
        }
        Object value = check.get("value");
        return check.get("type") + (value == null ? "" : " " + value);
    }

    private static String cut(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= LONGEST ? line : line.substring(0, LONGEST - 1) + "…";
    }
}
