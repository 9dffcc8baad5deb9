package dev.promptsmith.ui.suites;

import dev.promptsmith.run.RunService;
import dev.promptsmith.suite.results.CaseStats;
import dev.promptsmith.suite.results.SuiteResults;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each case did in the suite's latest run, by description (positions move as cases are added
 * and deleted): error when a cell of it failed to run, fail when a repeat failed, else pass.
 */
final class LastResults {

    private LastResults() {
    }

    static Map<String, String> of(RunService runs, SuiteResults results, String suite) {
        return runs.history(suite, 0, 1).stream().findFirst()
                .flatMap(run -> results.cases(run.id()))
                .map(LastResults::byDescription)
                .orElse(Map.of());
    }

    static Map<String, String> byDescription(List<CaseStats> stats) {
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (CaseStats stat : stats) {
            String verdict = stat.errors() > 0 ? "error" : stat.passedAll() ? "pass" : "fail";
            verdicts.merge(stat.description(), verdict, LastResults::worse);
        }
        return verdicts;
    }

    private static String worse(String a, String b) {
        List<String> order = List.of("pass", "fail", "error");
        return order.indexOf(a) >= order.indexOf(b) ? a : b;
    }
}
