package dev.promptsmith.script;

import dev.promptsmith.script.ScriptCode.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A test's promptfoo {@code transformVars}: inline JavaScript with {@code vars} and {@code context},
 * or {@code file://x.js[:function]} / {@code file://x.py[:function]} (a Python file's default is
 * {@code get_transform}). It runs before the prompt is rendered; what it returns (a mapping) is
 * laid over the test's variables.
 */
public final class VarsTransform {

    private static final List<String> PARAMETERS = List.of("vars", "context");

    private final Scripts scripts;

    public VarsTransform(Scripts scripts) {
        this.scripts = scripts;
    }

    /**
     * @param context promptfoo's: {@code prompt} (empty, the prompt is not rendered yet) and {@code uuid}
     * @return the variables with the script's on top
     * @throws ScriptException naming the script and what went wrong, or that it returned no mapping
     */
    public Map<String, Object> apply(Object written, Map<String, Object> vars, Map<String, Object> context) {
        ScriptCode code = scripts.code(written, Language.JAVASCRIPT, "get_transform");
        Object result = scripts.call(code, List.of(vars, context), PARAMETERS);
        if (!(result instanceof Map<?, ?> more)) {
            throw new ScriptException(code.origin() + ": it returned " + (result == null ? "nothing"
                    : "'" + abbreviated(result) + "'") + "; transformVars returns a mapping of variables");
        }
        Map<String, Object> transformed = new LinkedHashMap<>(vars);
        more.forEach((name, value) -> transformed.put(String.valueOf(name), value));
        return transformed;
    }

    private static String abbreviated(Object value) {
        String text = String.valueOf(value);
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
}
