package dev.promptsmith.script;

import dev.promptsmith.script.ScriptCode.Language;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A promptfoo {@code transform}: inline JavaScript with {@code output} and {@code context}, or
 * {@code file://x.js[:function]} / {@code file://x.py[:function]} (a Python file's default is
 * {@code get_transform}). The result becomes the output: text as it is, anything else as JSON,
 * nothing as empty text.
 */
public final class Transform {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Scripts scripts;

    public Transform(Scripts scripts) {
        this.scripts = scripts;
    }

    /** The scripts transforms are read and run with; a suite's other scripts run with the same. */
    public Scripts scripts() {
        return scripts;
    }

    /**
     * @param written the transform as written
     * @param context promptfoo's transform context: {@code vars}, {@code prompt}
     * @throws ScriptException naming the transform and what went wrong
     */
    public String apply(Object written, String output, Map<String, Object> context) {
        ScriptCode code = scripts.code(written, Language.JAVASCRIPT, "get_transform");
        Object result = scripts.run(code, output, context);
        return result == null ? "" : result instanceof String text ? text : JSON.writeValueAsString(result);
    }
}
