package dev.promptsmith.check.types;

import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import dev.promptsmith.check.json.JsonOutcome;
import dev.promptsmith.check.json.RepairResult;
import java.util.Map;

/**
 * json-path: a JSONPath expression finds a value in the output's JSON; with {@code equals}, the
 * value found equals it (numbers by value). Value: {@code "$.total"} or {@code {path: "$.total", equals: 42}}.
 */
final class JsonPathCheck implements Check {

    @Override
    public String type() {
        return "json-path";
    }

    @Override
    public String description() {
        return "A JSONPath expression finds a value in the output's JSON; with equals, the value equals it. "
                + "Value: \"$.total\" or {path: \"$.total\", equals: 42}.";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        String path;
        boolean compare;
        Object expected = null;
        if (spec.value() instanceof Map<?, ?> map && map.get("path") != null) {
            path = map.get("path").toString();
            compare = map.containsKey("equals");
            expected = map.get("equals");
        } else if (spec.value() instanceof String text && !text.isBlank()) {
            path = text;
            compare = false;
        } else {
            throw new IllegalArgumentException("json-path needs a path, e.g. \"$.total\" or {path: \"$.total\", equals: 42}");
        }
        String expectation = compare ? "have " + Quote.json(JsonTree.of(expected)) + " at " + path : "have a value at " + path;
        RepairResult json = input.json();
        if (json.outcome() == JsonOutcome.TRUNCATED || json.outcome() == JsonOutcome.INVALID
                || json.outcome() == JsonOutcome.REPAIRED && !input.holdsJson(json)) {
            return new Verdict(false, 0, expectation, JsonReasons.notValid(input, json));
        }
        Object found;
        try {
            found = JsonPath.parse(json.json()).read(path);
        } catch (PathNotFoundException e) {
            return new Verdict(false, 0, expectation, "nothing is there");
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("the JSONPath " + Quote.of(path) + " is not valid: " + e.getMessage());
        }
        if (!compare) {
            return Verdict.of(true, expectation);
        }
        boolean equal = JsonTree.sameValue(JsonTree.of(found), JsonTree.of(expected));
        return new Verdict(equal, equal ? 1 : 0, expectation, equal ? "it did" : "it was " + Quote.json(JsonTree.of(found)));
    }
}
