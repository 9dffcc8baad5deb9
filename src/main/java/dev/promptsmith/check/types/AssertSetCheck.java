package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;

/**
 * assert-set: a group of checks under {@code assert}, scored as a test case scores its checks
 * (weighted mean; all must pass, or the mean must reach the set's threshold). The engine runs it,
 * since it runs the checks inside; this entry names and describes the type.
 */
public final class AssertSetCheck implements Check {

    public static final String TYPE = "assert-set";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String description() {
        return "The checks under assert pass together: all of them, or their weighted score reaches the threshold.";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        throw new IllegalStateException("assert-set is run by the check engine");
    }
}
