package dev.promptsmith.ui.playground;

import dev.promptsmith.check.CheckResult;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How a case's checks read at a glance: the failed ones first, under one line that names them. */
final class CheckSummary {

    private CheckSummary() {
    }

    /** Failed checks first, each group in the suite's order. */
    static List<CheckResult> failedFirst(List<CheckResult> checks) {
        return checks.stream().sorted(Comparator.comparing(CheckResult::pass)).toList();
    }

    /** "failed: cost, is-json" (a type failed twice: "contains ×2"), "all 3 passed", or empty without checks. */
    static String line(List<CheckResult> checks) {
        if (checks.isEmpty()) {
            return "";
        }
        Map<String, Long> failed = checks.stream().filter(c -> !c.pass())
                .collect(Collectors.groupingBy(CheckResult::type, LinkedHashMap::new, Collectors.counting()));
        if (failed.isEmpty()) {
            return checks.size() == 1 ? "the one check passed" : "all " + checks.size() + " passed";
        }
        return "failed: " + failed.entrySet().stream()
                .map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " ×" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
