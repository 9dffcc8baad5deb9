package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import dev.promptsmith.check.json.CutOff;

/**
 * not-truncated: the model was not cut off, as {@link dev.promptsmith.check.json.CutOff} decides it: the finish
 * reason was {@code length}, or JSON output ends inside an unfinished value even though the model said it stopped.
 */
final class NotTruncatedCheck implements Check {

    @Override
    public String type() {
        return "not-truncated";
    }

    @Override
    public String description() {
        return "The output was not cut off: the finish reason was not length, and JSON output is complete.";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        if (CutOff.atTokenLimit(input.finishReason())) {
            return new Verdict(false, 0, "be complete", "the model hit its token limit (finish reason: length)");
        }
        if (input.outputJson().cutOff()) {
            return new Verdict(false, 0, "be complete", "its JSON ends in the middle of a value");
        }
        return Verdict.of(true, "be complete");
    }
}
