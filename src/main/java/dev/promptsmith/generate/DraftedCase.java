package dev.promptsmith.generate;

import java.util.List;
import java.util.Map;

/**
 * A test case a model drafted, as a suite's {@code tests} entry would hold it.
 *
 * @param kind     typical, edge or adversarial, as the model labelled it
 * @param checks   the checks that are valid, each as a suite writes it
 * @param leftOut  the checks that are not, as answered, for the user to mend when editing the case; never written
 * @param problems what was wrong with it (a variable not given, a check left out and why); a case with
 *                 problems is offered, unticked, so the user sees it and decides
 */
public record DraftedCase(String description, String kind, Map<String, Object> vars,
                          List<Map<String, Object>> checks, List<Map<String, Object>> leftOut,
                          List<Problem> problems) {

    public DraftedCase {
        vars = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
        checks = List.copyOf(checks);
        leftOut = List.copyOf(leftOut);
        problems = List.copyOf(problems);
    }

    /** A case none of whose checks was left out. */
    public DraftedCase(String description, String kind, Map<String, Object> vars, List<Map<String, Object>> checks,
                       List<Problem> problems) {
        this(description, kind, vars, checks, List.of(), problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /**
     * This case as the user edited it, checked again as a drafted case is (a variable not given, a check that is not
     * valid: reported at {@code case NUMBER "description"}); its kind stays.
     *
     * @param test      the edited case as a suite file's {@code tests} entry
     * @param variables the variables of the prompt it is for
     */
    public DraftedCase edited(int number, Map<String, Object> test, List<String> variables) {
        return CaseReading.edited(number, test, kind, variables);
    }

    /** The case as a {@code tests} entry with the checks left out too, after the valid ones: what the user edits. */
    public Map<String, Object> toEdit() {
        Map<String, Object> test = asTest();
        List<Map<String, Object>> all = new java.util.ArrayList<>(checks);
        all.addAll(leftOut);
        if (!all.isEmpty()) {
            test.put("assert", all);
        }
        return test;
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
