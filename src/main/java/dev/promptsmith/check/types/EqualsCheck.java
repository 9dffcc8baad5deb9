package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** equals: the output is exactly the value; a mapping or list as value compares the output as JSON, deeply. */
final class EqualsCheck implements Check {

    @Override
    public String type() {
        return "equals";
    }

    @Override
    public String description() {
        return "The output equals the value exactly, or, when the value is a mapping or list, equals it as JSON.";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        if (spec.value() instanceof Map<?, ?> || spec.value() instanceof List<?>) {
            JsonNode expected = JsonTree.of(spec.value());
            return JsonTree.parse(input.output())
                    .map(actual -> new Verdict(JsonTree.sameValue(actual, expected), JsonTree.sameValue(actual, expected)
                            ? 1 : 0, "equal the JSON " + Quote.json(expected), "it was " + Quote.json(actual)))
                    .orElseGet(() -> new Verdict(false, 0, "equal the JSON " + Quote.json(expected),
                            "the output is not valid JSON"));
        }
        boolean equal = input.output().equals(spec.text());
        return new Verdict(equal, equal ? 1 : 0, "equal " + Quote.of(spec.text()),
                equal ? "it did" : "it was " + Quote.of(input.output()));
    }
}
