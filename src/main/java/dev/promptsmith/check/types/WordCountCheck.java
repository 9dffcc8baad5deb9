package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import java.util.Map;

/** word-count: the number of words is the value, or within {@code {min, max}}. */
final class WordCountCheck implements Check {

    @Override
    public String type() {
        return "word-count";
    }

    @Override
    public String description() {
        return "The output has exactly the given number of words, or between min and max ({min: 10, max: 50}).";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        String text = input.output().strip();
        int words = text.isEmpty() ? 0 : text.split("\\s+").length;
        int min;
        int max;
        if (spec.value() instanceof Map<?, ?> range) {
            min = range.get("min") instanceof Number n ? n.intValue() : 0;
            max = range.get("max") instanceof Number n ? n.intValue() : Integer.MAX_VALUE;
        } else if (spec.value() instanceof Number n) {
            min = n.intValue();
            max = n.intValue();
        } else {
            throw new IllegalArgumentException("word-count needs a number or {min, max} as value");
        }
        String expected = min == max ? "have " + min + " words"
                : "have " + (max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max) + " words";
        return new Verdict(words >= min && words <= max, words >= min && words <= max ? 1 : 0, expected,
                "it had " + words);
    }
}
