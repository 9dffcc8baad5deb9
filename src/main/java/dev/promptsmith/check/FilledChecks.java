package dev.promptsmith.check;

import java.util.List;
import java.util.Map;

/**
 * A test's checks with its variables filled in, once for every output of the test: each check
 * filled, or why it could not be (an undefined variable), which is its result on every output.
 */
public final class FilledChecks {

    /** One check, filled; an assert-set's own checks filled one by one. */
    record Filled(CheckSpec spec, String problem, List<Filled> members) {
    }

    private final List<Filled> checks;
    private final Map<String, Object> vars;

    FilledChecks(List<Filled> checks, Map<String, Object> vars) {
        this.checks = List.copyOf(checks);
        this.vars = vars;
    }

    List<Filled> checks() {
        return checks;
    }

    /** Whether these are the checks for {@code other} variables (the same ones, or equal ones). */
    public boolean filledWith(Map<String, Object> other) {
        return vars == other || vars.equals(other);
    }
}
