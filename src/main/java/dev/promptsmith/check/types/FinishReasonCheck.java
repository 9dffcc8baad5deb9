package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import java.util.Locale;

/** finish-reason: the model stopped for the given reason (stop, length, content_filter, tool, other). */
final class FinishReasonCheck implements Check {

    @Override
    public String type() {
        return "finish-reason";
    }

    @Override
    public String description() {
        return "The model stopped for the given reason: stop, length, content_filter, tool or other.";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        if (input.finishReason() == null) {
            throw new IllegalArgumentException("the finish reason of this output is not known");
        }
        String actual = input.finishReason().name().toLowerCase(Locale.ROOT);
        String expected = spec.text().strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return new Verdict(actual.equals(expected), actual.equals(expected) ? 1 : 0,
                "finish with reason " + Quote.of(expected), "it finished with " + Quote.of(actual));
    }
}
