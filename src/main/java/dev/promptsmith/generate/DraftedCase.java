package dev.promptsmith.generate;

import java.util.List;
import java.util.Map;

/**
 * A test case a model drafted, as a suite's {@code tests} entry would hold it.
 *
 * @param kind     typical, edge or adversarial, as the model labelled it
 * @param checks   the checks that are valid, each as a suite writes it
 * @param problems what was wrong with it (a variable not given, a check left out and why); a case with
 *                 problems is offered, unticked, so the user sees it and decides
 */
public record DraftedCase(String description, String kind, Map<String, Object> vars,
                          List<Map<String, Object>> checks, List<Problem> problems) {

    public DraftedCase {
        vars = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
        checks = List.copyOf(checks);
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** The case as a suite file's {@code tests} entry. */
    public Map<String, Object> asTest() {
        Map<String, Object> test = new java.util.LinkedHashMap<>();
        test.put("description", description);
        test.put("vars", new java.util.LinkedHashMap<>(vars));
        if (!checks.isEmpty()) {
            test.put("assert", checks);
        }
        return test;
    }
}
