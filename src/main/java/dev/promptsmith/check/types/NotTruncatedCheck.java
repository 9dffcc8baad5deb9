package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import dev.promptsmith.check.json.JsonOutcome;
import dev.promptsmith.model.FinishReason;

/**
 * not-truncated: the model was not cut off. Cut off means the finish reason was {@code length},
 * or JSON output ends inside an unfinished value even though the model said it stopped.
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
        if (input.finishReason() == FinishReason.LENGTH) {
            return new Verdict(false, 0, "be complete", "the model hit its token limit (finish reason: length)");
        }
        String start = input.output().stripLeading();
        boolean looksJson = start.startsWith("{") || start.startsWith("[") || start.startsWith("```");
        if (looksJson && input.json().outcome() == JsonOutcome.TRUNCATED) {
            return new Verdict(false, 0, "be complete", "its JSON ends in the middle of a value");
        }
        return Verdict.of(true, "be complete");
    }
}
