package dev.promptsmith.run;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.prompt.PromptFunction;
import dev.promptsmith.script.ScriptCode;
import dev.promptsmith.script.ScriptException;
import dev.promptsmith.script.Scripts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls a prompt function as promptfoo does: with {@code {vars, provider: {id, label}, config}},
 * in the script sandbox (JavaScript) or a {@code python3} process (Python), under the script time
 * limit. Text it returns is the prompt's text; a list of chat messages (or any other object) is
 * that as JSON; {@code {prompt}} is its prompt.
 */
final class PromptFunctionCall {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> PARAMETERS = List.of("context");

    private PromptFunctionCall() {
    }

    /** @return the prompt text the function gives, to be rendered as a promptfoo prompt text */
    static String text(PromptFunction function, ModelTarget model, Map<String, Object> vars, Scripts scripts) {
        ScriptCode code = new ScriptCode(function.python() ? ScriptCode.Language.PYTHON : ScriptCode.Language.JAVASCRIPT,
                function.source(), function.function(), function.file(), true);
        Map<String, Object> provider = new LinkedHashMap<>();
        provider.put("id", model.providerId());
        if (!model.name().equals(model.providerId())) {
            provider.put("label", model.name());
        }
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("vars", vars);
        context.put("provider", provider);
        context.put("config", Map.of());
        Object result = scripts.call(code, List.of(context), PARAMETERS);
        return switch (result) {
            case String text -> text;
            case Map<?, ?> map when map.containsKey("config") -> throw new ScriptException(code.origin()
                    + ": it returned a 'config' for the request; a prompt function's config is not supported yet");
            case Map<?, ?> map when map.containsKey("prompt") -> map.get("prompt") instanceof String text ? text
                    : JSON.writeValueAsString(map.get("prompt"));
            case Map<?, ?> map -> JSON.writeValueAsString(map);
            case List<?> list -> JSON.writeValueAsString(list);
            case null -> throw new ScriptException(code.origin() + ": it returned nothing; a prompt function "
                    + "returns the prompt's text or a list of chat messages");
            default -> throw new ScriptException(code.origin() + ": it returned " + result + "; a prompt function "
                    + "returns the prompt's text or a list of chat messages");
        };
    }
}
