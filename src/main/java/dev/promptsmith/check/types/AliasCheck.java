package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;

/** A second name promptfoo gives a check, e.g. model-graded-factuality for factuality. */
final class AliasCheck implements Check {

    private final String type;
    private final Check check;

    AliasCheck(String type, Check check) {
        this.type = type;
        this.check = check;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public String description() {
        return "Another name for " + check.type() + ": " + check.description();
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        return check.evaluate(spec, input);
    }
}
