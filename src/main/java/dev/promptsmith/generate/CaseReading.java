package dev.promptsmith.generate;

import dev.promptsmith.check.form.CheckForms;
import dev.promptsmith.shared.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test cases and checks as a model answered them, read strictly: every case must give every variable of the
 * prompt, every check must be a type of the catalog with a valid value. A check that is not is left out of the
 * case and reported at its case and position.
 */
final class CaseReading {

    /** The keys of a check a suite file keeps; anything else a model adds is not written. */
    private static final Set<String> CHECK_KEYS = Set.of("type", "value", "threshold", "metric", "weight");
    private static final Set<String> KINDS = Set.of("typical", "edge", "adversarial");

    private final CheckForms forms = CheckForms.standard();
    private final boolean edited;

    /** Reads a model's answer: of a check, only the keys a suite file keeps. */
    CaseReading() {
        this(false);
    }

    /** @param edited whether the cases are a user's edits, whose checks keep every setting the check form wrote */
    private CaseReading(boolean edited) {
        this.edited = edited;
    }

    /** A case the user edited, read as an answered one is: the same problems, named at the same places. */
    static DraftedCase edited(int number, Map<String, Object> test, String kind, List<String> variables) {
        Map<String, Object> answered = new LinkedHashMap<>(test);
        answered.put("kind", kind);
        return new CaseReading(true).drafted(number, answered, variables);
    }

    List<DraftedCase> cases(Object answered, List<String> variables, List<Problem> problems) {
        if (!(answered instanceof List<?> list)) {
            problems.add(new Problem("cases", answered == null ? "the answer has no \"cases\" list"
                    : "is " + Json.write(answered) + ", not a list of cases"));
            return List.of();
        }
        List<DraftedCase> cases = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> map) {
                cases.add(drafted(i + 1, plain(map), variables));
            } else {
                problems.add(new Problem("case " + (i + 1), "is " + Json.write(list.get(i)) + ", not an object"));
            }
        }
        return cases;
    }

    private DraftedCase drafted(int number, Map<String, Object> answered, List<String> variables) {
        String description = answered.get("description") instanceof String s && !s.isBlank() ? s.strip()
                : "Case " + number;
        String where = "case " + number + " \"" + description + "\"";
        List<Problem> problems = new ArrayList<>();
        String kind = answered.get("kind") instanceof String s ? s.strip() : "";
        if (!KINDS.contains(kind)) {
            kind = "typical";
        }
        Map<String, Object> vars = answered.get("vars") instanceof Map<?, ?> map ? plain(map) : new LinkedHashMap<>();
        if (answered.get("vars") != null && !(answered.get("vars") instanceof Map<?, ?>)) {
            problems.add(new Problem(where, "vars is " + Json.write(answered.get("vars")) + ", not an object"));
        }
        for (String variable : variables) {
            if (!vars.containsKey(variable)) {
                problems.add(new Problem(where, "the variable '" + variable + "' is not given"));
            }
        }
        List<Map<String, Object>> leftOut = new ArrayList<>();
        List<Map<String, Object>> checks = checks(answered.get("assert"), where, problems, leftOut);
        if (checks.isEmpty()) {
            problems.add(new Problem(where, "has no valid checks: it would pass whatever the answer"));
        }
        return new DraftedCase(description, kind, vars, checks, leftOut, problems);
    }

    /**
     * The valid checks of a list as answered; each invalid one is reported at {@code where}, check N (type), and
     * goes to {@code leftOut} when it is a mapping at all.
     */
    private List<Map<String, Object>> checks(Object answered, String where, List<Problem> problems,
                                             List<Map<String, Object>> leftOut) {
        List<Map<String, Object>> checks = new ArrayList<>();
        if (answered == null) {
            return checks;
        }
        if (!(answered instanceof List<?> list)) {
            problems.add(new Problem(where, "assert is " + Json.write(answered) + ", not a list of checks"));
            return checks;
        }
        for (int j = 0; j < list.size(); j++) {
            var valid = check(list.get(j), where + ", check " + (j + 1), problems);
            if (valid.isPresent()) {
                checks.add(valid.get());
            } else if (list.get(j) instanceof Map<?, ?> map) {
                leftOut.add(written(map));
            }
        }
        return checks;
    }

    /** One check as answered, if valid; else its problems are reported at {@code where}. */
    java.util.Optional<Map<String, Object>> check(Object answered, String where, List<Problem> problems) {
        if (!(answered instanceof Map<?, ?> map)) {
            problems.add(new Problem(where, "is " + Json.write(answered) + ", not a check"));
            return java.util.Optional.empty();
        }
        Map<String, Object> check = written(map);
        List<String> found = forms.problems(check);
        if (!found.isEmpty()) {
            String at = where + (check.get("type") == null ? "" : " (" + check.get("type") + ")");
            found.forEach(message -> problems.add(new Problem(at, message + "; the check is left out")));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(check);
    }

    /** The keys of a check that are written: those a suite file keeps of a model's, every one of a user's. */
    private Map<String, Object> written(Map<?, ?> map) {
        Map<String, Object> check = new LinkedHashMap<>();
        plain(map).forEach((key, value) -> {
            if ((edited || CHECK_KEYS.contains(key)) && value != null) {
                check.put(key, value);
            }
        });
        return check;
    }

    private static Map<String, Object> plain(Map<?, ?> map) {
        Map<String, Object> plain = new LinkedHashMap<>();
        map.forEach((k, v) -> plain.put(String.valueOf(k), v));
        return plain;
    }
}
