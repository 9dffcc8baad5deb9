package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * is-valid-openai-tools-call: the output is OpenAI's {@code tool_calls} (alone, or in the message
 * when the model wrote text too), and each call names a function tool of the provider's
 * {@code config.tools} with arguments that follow its parameters schema.
 */
final class ToolsCallCheck implements Check {

    @Override
    public String type() {
        return "is-valid-openai-tools-call";
    }

    @Override
    public String description() {
        return "The output is OpenAI tool calls, each of a function tool of the provider's config.tools, with "
                + "arguments that follow its parameters schema.";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        String expectation = "be valid calls of the provider's tools";
        JsonNode calls = FunctionCalls.output(input.output());
        if (calls.isObject() && calls.has("tool_calls")) {
            calls = calls.get("tool_calls");
        }
        if (!calls.isArray() || calls.isEmpty() || !allLookLikeCalls(calls)) {
            return new Verdict(false, 0, expectation, "OpenAI did not return a valid-looking tools response: " + calls);
        }
        if (!input.model().known()) {
            throw new IllegalArgumentException(type() + " needs the provider that answered, which is not known here");
        }
        if (input.model().tools() == null) {
            return new Verdict(false, 0, expectation, "No tools configured in provider, but output contains tool calls");
        }
        List<Object> functions = new ArrayList<>();
        for (Object tool : input.model().tools()) {
            if (tool instanceof Map<?, ?> map && "function".equals(map.get("type")) && map.containsKey("function")) {
                functions.add(map.get("function"));
            }
        }
        for (JsonNode call : calls) {
            Optional<String> problem = FunctionCalls.problem(call.get("function"), functions);
            if (problem.isPresent()) {
                return new Verdict(false, 0, expectation, problem.get());
            }
        }
        return Verdict.of(true, expectation);
    }

    private static boolean allLookLikeCalls(JsonNode calls) {
        for (JsonNode call : calls) {
            if (!FunctionCalls.looksLikeCall(call.path("function"))) {
                return false;
            }
        }
        return true;
    }
}
