package dev.promptsmith.check.types;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * promptfoo's {@code validateFunctionCall}: a call ({@code {name, arguments}}, arguments as JSON text)
 * names one of the offered functions and its arguments follow that function's {@code parameters}
 * schema. Problems read as promptfoo's do, naming the function.
 */
final class FunctionCalls {

    private FunctionCalls() {
    }

    /** The output as promptfoo's assertions get it: its JSON when it is an object or array, else the text. */
    static JsonNode output(String output) {
        String stripped = output.strip();
        if (stripped.startsWith("{") || stripped.startsWith("[")) {
            Optional<JsonNode> json = JsonTree.parse(stripped);
            if (json.isPresent()) {
                return json.get();
            }
        }
        return JsonTree.of(output);
    }

    /** Whether a node is a call as OpenAI writes one: a name and the arguments as text. */
    static boolean looksLikeCall(JsonNode call) {
        return call != null && call.isObject() && call.path("name").isString() && call.path("arguments").isString();
    }

    /**
     * What is wrong with the call, or empty when it is valid.
     *
     * @param functions the offered functions ({@code {name, description, parameters}}), {@code null} for none
     */
    static Optional<String> problem(JsonNode call, List<?> functions) {
        if (!looksLikeCall(call)) {
            return Optional.of("OpenAI did not return a valid-looking function call: " + call);
        }
        String name = call.path("name").asString();
        JsonNode arguments = JsonTree.parse(call.path("arguments").asString()).orElse(null);
        if (arguments == null) {
            return Optional.of("the arguments of the call to \"" + name + "\" are not JSON: "
                    + Quote.of(call.path("arguments").asString()));
        }
        Object schema = functions == null ? null : functions.stream()
                .filter(f -> f instanceof Map<?, ?> map && name.equals(map.get("name")))
                .map(f -> ((Map<?, ?>) f).get("parameters")).findFirst().orElse(null);
        if (schema == null) {
            return Optional.of("Called \"" + name + "\", but there is no function with that name");
        }
        List<String> problems = JsonSchemas.problems(schema, arguments);
        return problems.isEmpty() ? Optional.empty()
                : Optional.of("Call to \"" + name + "\" does not match schema: " + String.join("; ", problems));
    }
}
