package dev.promptsmith.script;

import dev.promptsmith.script.ScriptCode.Language;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.shared.TextFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and runs the scripts of one workspace's suites as promptfoo does: inline code, or
 * {@code file://path} / {@code file://path:function} relative to the suite files' folder, which
 * must stay inside the workspace. A script gets {@code output} and {@code context} and hands back
 * plain values (booleans, numbers, text, maps, lists). JavaScript runs in a sandbox in this
 * process (one engine for all instances); Python in a {@code python3} process.
 */
public final class Scripts {

    /** One script may take this long; promptfoo has no limit, a run must not hang on one cell. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(5);
    /** The longest result a script may hand back: as long as the longest render of a prompt. */
    public static final int MAX_RESULT_CHARS = 1_000_000;
    private static final String FILE = "file://";
    private static final long MAX_FILE_BYTES = 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path workspace;
    private final Path folder;
    private final Python python;

    /**
     * @param workspace the folder script files must stay in, or {@code null} where there is none (files are refused)
     * @param folder    the suite files' folder, which script paths are relative to
     */
    public Scripts(Path workspace, Path folder) {
        this(workspace, folder, System.getenv("PATH"));
    }

    Scripts(Path workspace, Path folder, String path) {
        this.workspace = workspace;
        this.folder = folder;
        this.python = new Python(TIME_LIMIT, MAX_RESULT_CHARS, path);
    }

    /** Scripts of the suites in {@code workspace/testcases}. */
    public static Scripts of(Path workspace) {
        return new Scripts(workspace, workspace.resolve("testcases"));
    }

    /** Inline scripts only: for places that know of no workspace. */
    public static Scripts inlineOnly() {
        return new Scripts(null, null);
    }

    /**
     * Reads a script as a suite writes it.
     *
     * @param value           inline code, or {@code file://path.js[:function]} / {@code file://path.py[:function]}
     * @param inline          the language of inline code
     * @param pythonFunction  the function a Python file is called by when none is named ({@code get_assert},
     *                        {@code get_transform}); a JavaScript file's default is its exported function
     * @throws ScriptException when the file cannot be read or is of no known language
     */
    public ScriptCode code(Object value, Language inline, String pythonFunction) {
        if (!(value instanceof String text) || text.isBlank()) {
            throw new ScriptException("a script is inline code or file://path, not '" + value + "'");
        }
        String written = text.strip();
        if (!written.startsWith(FILE)) {
            return ScriptCode.inline(inline, written);
        }
        String reference = written.substring(FILE.length());
        String function = null;
        int colon = reference.lastIndexOf(':');
        if (colon > 1) {
            function = reference.substring(colon + 1);
            reference = reference.substring(0, colon);
        }
        String name = reference.toLowerCase(Locale.ROOT);
        Language language = name.endsWith(".py") ? Language.PYTHON
                : name.endsWith(".js") || name.endsWith(".cjs") || name.endsWith(".mjs") ? Language.JAVASCRIPT : null;
        if (language == null) {
            throw new ScriptException(written + ": a script file ends in .js, .cjs, .mjs or .py");
        }
        if (workspace == null) {
            throw new ScriptException(written + ": script files are read from a workspace, and there is none here");
        }
        Path file = folder.resolve(reference).toAbsolutePath().normalize();
        if (!file.startsWith(workspace.toAbsolutePath().normalize())) {
            throw new ScriptException(written + ": " + file + " is outside the workspace " + workspace
                    + "; it is not read");
        }
        try {
            String source = TextFile.read(workspace, file, reference, MAX_FILE_BYTES);
            return new ScriptCode(language, source,
                    function == null && language == Language.PYTHON ? pythonFunction : function, reference, true);
        } catch (InvalidFileException e) {
            throw new ScriptException(e.getMessage(), e);
        }
    }

    /**
     * Runs a script on an output.
     *
     * @param context promptfoo's {@code context}: {@code vars}, {@code prompt} and what else the caller knows
     * @return what the script returned, as plain values; {@code null} for nothing
     * @throws ScriptException naming the script and what went wrong
     */
    public Object run(ScriptCode code, String output, Map<String, Object> context) {
        String result;
        if (code.language() == Language.JAVASCRIPT) {
            JavaScript.Result returned = JavaScriptHolder.INSTANCE.call(code, output, JSON.writeValueAsString(context));
            if (returned.text() != null) {
                return returned.text();
            }
            result = returned.json();
        } else {
            Map<String, Object> request = pythonRequest(code);
            request.put("output", output);
            request.put("context", context);
            result = python.call(code, JSON.writeValueAsString(request));
        }
        return plain(code, result);
    }

    /**
     * Calls a script's function with these arguments (a file's function takes them in order).
     *
     * @param arguments  plain values (text, numbers, booleans, maps, lists)
     * @param parameters what inline code calls the arguments, as promptfoo names them ({@code vars, context})
     * @return what the function returned, as plain values; {@code null} for nothing
     * @throws ScriptException naming the script and what went wrong
     */
    public Object call(ScriptCode code, List<?> arguments, List<String> parameters) {
        String result;
        if (code.language() == Language.JAVASCRIPT) {
            JavaScript.Result returned = JavaScriptHolder.INSTANCE.callWith(code, JSON.writeValueAsString(arguments),
                    String.join(", ", parameters));
            if (returned.text() != null) {
                return returned.text();
            }
            result = returned.json();
        } else {
            Map<String, Object> request = pythonRequest(code);
            request.put("arguments", arguments);
            request.put("parameters", parameters);
            result = python.call(code, JSON.writeValueAsString(request));
        }
        return plain(code, result);
    }

    private Map<String, Object> pythonRequest(ScriptCode code) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("source", code.source());
        request.put("file", code.file() ? code.origin() : null);
        request.put("folder", code.file() && folder != null
                ? folder.resolve(code.origin()).toAbsolutePath().getParent().toString() : ".");
        request.put("function", code.function());
        return request;
    }

    private static Object plain(ScriptCode code, String result) {
        if (result == null || result.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(result, Object.class);
        } catch (JacksonException e) {
            throw new ScriptException(code.origin() + ": its result is not JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * Why inline JavaScript would not parse when a check or transform runs it, e.g. for a form to say
     * so as it is typed; empty when it parses. Nothing is run.
     */
    public static Optional<String> javaScriptSyntaxError(String inline) {
        return Optional.ofNullable(JavaScriptHolder.INSTANCE.syntaxError(inline,
                JavaScript.OUTPUT_PARAMETERS));
    }

    /** Whether Python scripts can run here: {@code python3} is on the PATH. */
    public boolean pythonFound() {
        return python.executable().isPresent();
    }

    /** The JavaScript engine starts on first use: a workspace without scripts never pays for it. */
    private static final class JavaScriptHolder {
        static final JavaScript INSTANCE = new JavaScript(TIME_LIMIT, MAX_RESULT_CHARS);
    }
}
