package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import dev.promptsmith.model.ProviderKind;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * is-valid-function-call and is-valid-openai-function-call: the output is a function call (OpenAI's
 * legacy {@code function_call}) of one of the functions of the provider's {@code config.functions},
 * with arguments that follow its schema. As in promptfoo, only the OpenAI chat provider can check
 * function calls; Google's own shape of them is not read yet.
 */
final class FunctionCallCheck implements Check {

    private final String type;

    FunctionCallCheck(String type) {
        this.type = type;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public String description() {
        return "The output is a function call of one of the provider's config.functions, with arguments that follow "
                + "its parameters schema (OpenAI chat providers).";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        String expectation = "be a valid call of one of the provider's functions";
        ProviderKind kind = input.model().kind();
        if (!input.model().known()) {
            throw new IllegalArgumentException(type + " needs the provider that answered, which is not known here");
        }
        if (kind == ProviderKind.GOOGLE) {
            throw new IllegalArgumentException(type + " does not read Google's function calls yet");
        }
        if (kind != ProviderKind.OPENAI) {
            return new Verdict(false, 0, expectation, "Provider does not have functionality for checking function "
                    + "call.");
        }
        JsonNode call = FunctionCalls.output(input.output());
        if (call.isObject() && call.has("function_call")) {
            call = call.get("function_call");
        }
        Optional<String> problem = FunctionCalls.problem(call, input.model().functions());
        return new Verdict(problem.isEmpty(), problem.isEmpty() ? 1 : 0, expectation, problem.orElse("it was"));
    }
}
