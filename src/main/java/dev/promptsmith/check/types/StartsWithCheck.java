package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;

/** starts-with: the output begins with the value. */
final class StartsWithCheck implements Check {

    @Override
    public String type() {
        return "starts-with";
    }

    @Override
    public String description() {
        return "The output starts with the value.";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        return Verdict.of(input.output().startsWith(spec.text()), "start with " + Quote.of(spec.text()));
    }
}
