package dev.promptsmith.script;

import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

/**
 * Runs JavaScript in GraalJS under the strictest sandbox policy the community edition has
 * ({@code CONSTRAINED}): no host access of any kind, no I/O, no threads, no processes, no
 * environment; console output goes nowhere. One engine is shared, so parsed code is cached across
 * evaluations; each evaluation gets a fresh context, so no state leaks from one cell to the next.
 * A watchdog closes a context that runs longer than the time limit, a statement limit stops
 * runaway loops even without the watchdog, the result is handed back no longer than the output
 * limit, and when the heap is nearly full after a collection every running script is stopped
 * (the community edition cannot limit one context's memory).
 */
final class JavaScript implements AutoCloseable {

    private static final String LANGUAGE = Sandbox.LANGUAGE;
    private static final Pattern ES_MODULE = Pattern.compile("(?m)^\\s*export\\s");
    /** Generous for any check (a million-row loop runs ~10M statements), small enough to end a runaway loop. */
    private static final long STATEMENT_LIMIT = 200_000_000L;
    /** What inline code calls a check's or transform's arguments, as in promptfoo. */
    static final String OUTPUT_PARAMETERS = "output, context";

    /**
     * Calls the function (with the output and the context, or with the arguments given as JSON),
     * awaits a promise it may return, and hands back text as it is (turning a long text into JSON
     * would take the interpreter longer than the text is worth) and anything else as JSON.
     */
    private static final Source CALL = Source.create(LANGUAGE, """
            (function (fn, output, contextJson, argumentsJson, maxChars) {
              const state = { done: false, text: null, json: null, error: null };
              const args = argumentsJson === null ? [output, JSON.parse(contextJson)] : JSON.parse(argumentsJson);
              const tooLong = length => 'its result has ' + length + ' characters, more than the limit of ' + maxChars;
              Promise.resolve()
                .then(() => fn(...args))
                .then(value => {
                        if (typeof value === 'string') {
                          if (value.length > maxChars) { throw tooLong(value.length); }
                          state.text = value;
                        } else {
                          const json = JSON.stringify(value === undefined ? null : value);
                          if (json !== undefined && json.length > maxChars) { throw tooLong(json.length); }
                          state.json = json === undefined ? null : json;
                        }
                      })
                .catch(error => { state.error = error instanceof Error ? error.toString() : String(error); })
                .finally(() => { state.done = true; });
              return state;
            })""");

    private final Engine engine;
    private final ResourceLimits limits;
    private final Duration timeLimit;
    private final int maxResultChars;
    private final ScheduledExecutorService watchdog;
    /** The contexts evaluating now, with why they were stopped once they are. */
    private final Map<Context, AtomicReference<String>> running = new ConcurrentHashMap<>();

    /** A script's result: text as it is, or anything else as JSON ({@code null} JSON for nothing). */
    record Result(String text, String json) {
    }

    JavaScript(Duration timeLimit, int maxResultChars) {
        this.timeLimit = timeLimit;
        this.maxResultChars = maxResultChars;
        this.engine = Engine.newBuilder(LANGUAGE)
                .sandbox(SandboxPolicy.CONSTRAINED)
                // without a JVMCI compiler GraalJS interprets; fast enough for checks, so no warning at start-up
                .option("engine.WarnInterpreterOnly", "false")
                // a module file's exports are where its functions are found
                .option("js.esm-eval-returns-exports", "true")
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .build();
        this.limits = ResourceLimits.newBuilder().statementLimit(STATEMENT_LIMIT, null).build();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(task -> Thread.ofPlatform().daemon()
                .name("script-watchdog").unstarted(task));
        LowMemory.whenLow(() -> stopAll("was stopped because the Java heap was nearly full ("
                + Math.round(LowMemory.THRESHOLD * 100) + "% after a collection); a script has no memory limit of its own"));
        warmUp();
    }

    /**
     * The first evaluations of an engine set up what every later one shares, which takes seconds
     * on a busy machine; that is not the time of the first script of a run, so it is done here,
     * without a time limit. A failure here is a failure of the first real script too.
     */
    private void warmUp() {
        try {
            call(ScriptCode.inline(ScriptCode.Language.JAVASCRIPT, "[output + JSON.stringify(context), 'x'.repeat(10)]"),
                    new Call("warm-up", "{}", null, OUTPUT_PARAMETERS), Duration.ofMinutes(5));
        } catch (ScriptException e) {
            // the first real script fails with the same error, where a person sees it
        }
    }

    /**
     * @param contextJson promptfoo's {@code context} as JSON text
     * @return the function's result
     */
    Result call(ScriptCode code, String output, String contextJson) {
        return call(code, new Call(output, contextJson, null, OUTPUT_PARAMETERS), timeLimit);
    }

    /**
     * @param argumentsJson the function's arguments, a JSON list
     * @param parameters    what inline code calls them, e.g. {@code vars, context}
     */
    Result callWith(ScriptCode code, String argumentsJson, String parameters) {
        return call(code, new Call(null, null, argumentsJson, parameters), timeLimit);
    }

    /** What a function is called with: the output and context, or a list of arguments. */
    private record Call(String output, String contextJson, String argumentsJson, String parameters) {
    }

    private Result call(ScriptCode code, Call call, Duration limit) {
        AtomicReference<String> stopped = new AtomicReference<>();
        try (Context context = newContext()) {
            running.put(context, stopped);
            // the time limit starts once the context exists: its set-up is the same for every script
            ScheduledFuture<?> stop = watchdog.schedule(() -> stop(context, "did not finish within "
                    + limit.toMillis() / 1000.0 + " s and was stopped"), limit.toMillis(), TimeUnit.MILLISECONDS);
            try {
                Value function = function(context, code, call.parameters());
                Value state = context.eval(CALL).execute(function, call.output(), call.contextJson(),
                        call.argumentsJson(), maxResultChars);
                if (!state.getMember("done").asBoolean()) {
                    throw new ScriptException(code.origin() + ": the promise it returned never settled");
                }
                if (!state.getMember("error").isNull()) {
                    throw new ScriptException(code.origin() + ": " + state.getMember("error").asString());
                }
                Value text = state.getMember("text");
                Value json = state.getMember("json");
                return text.isNull() ? new Result(null, json.isNull() ? null : json.asString())
                        : new Result(text.asString(), null);
            } finally {
                stop.cancel(false);
                running.remove(context);
            }
        } catch (PolyglotException e) {
            throw failure(code, e, stopped.get());
        } catch (IllegalStateException e) {
            // the context was closed between two calls into it
            throw stopped.get() != null ? new ScriptException(code.origin() + ": " + stopped.get()) : e;
        }
    }

    /**
     * Why inline code does not parse as it would be run (one line as an expression, else as a function
     * body), or {@code null} when it does. Parsing runs nothing.
     */
    String syntaxError(String code, String parameters) {
        String written = code.strip();
        try (Context context = newContext()) {
            if (!written.contains("\n") && parses(context, "(function (" + parameters + ") {\nreturn (" + written
                    + "\n);\n})")) {
                return null;
            }
            try {
                context.parse(Source.create(LANGUAGE, "(function (" + parameters + ") {\n" + written + "\n})"));
                return null;
            } catch (PolyglotException e) {
                if (!e.isSyntaxError()) {
                    throw e;
                }
                return where(e, written);
            }
        }
    }

    /** The error at the line and column of the code as written (its wrapper adds a line before it). */
    private static String where(PolyglotException e, String written) {
        String message = e.getMessage().lines().findFirst().orElse("").replaceFirst("^SyntaxError: ", "")
                .replaceFirst("^\\S+:\\d+:\\d+ ", "");
        SourceSection at = e.getSourceLocation();
        if (at == null) {
            return message;
        }
        int line = at.getStartLine() - 1;
        return (line < 1 || line > written.lines().count() ? "at the end" : "line " + line + ", column "
                + at.getStartColumn()) + ": " + message;
    }

    private static boolean parses(Context context, String source) {
        try {
            context.parse(Source.create(LANGUAGE, source));
            return true;
        } catch (PolyglotException e) {
            if (!e.isSyntaxError()) {
                throw e;
            }
            return false;
        }
    }

    int runningCount() {
        return running.size();
    }

    /** Stops every script running now, for the reason given (completing "inline JavaScript: ..."). */
    void stopAll(String reason) {
        running.keySet().forEach(context -> stop(context, reason));
    }

    private void stop(Context context, String reason) {
        AtomicReference<String> stopped = running.get(context);
        if (stopped != null && stopped.compareAndSet(null, reason)) {
            context.close(true);
        }
    }

    private ScriptException failure(ScriptCode code, PolyglotException e, String stopped) {
        if (stopped != null) {
            return new ScriptException(code.origin() + ": " + stopped);
        }
        // a script stopped by its statement limit is also "cancelled": the limit is the reason to give
        if (e.isResourceExhausted()) {
            return new ScriptException(code.origin() + ": it ran more than " + STATEMENT_LIMIT
                    + " statements and was stopped (" + e.getMessage() + ")");
        }
        if (e.isCancelled()) {
            return new ScriptException(code.origin() + ": was cancelled");
        }
        if (e.isSyntaxError()) {
            return new ScriptException(code.origin() + ": syntax error: " + e.getMessage());
        }
        return new ScriptException(code.origin() + ": " + e.getMessage());
    }

    private Context newContext() {
        return Sandbox.context(engine).resourceLimits(limits).build();
    }

    private static Value function(Context context, ScriptCode code, String parameters) {
        Value function;
        if (!code.file()) {
            function = inline(context, code.source().strip(), parameters);
        } else if (ES_MODULE.matcher(code.source()).find()) {
            Value module = context.eval(Source.newBuilder(LANGUAGE, code.source(), code.origin())
                    .mimeType("application/javascript+module").buildLiteral());
            function = module.getMember(code.function() == null ? "default" : code.function());
        } else {
            // CommonJS without require: the file fills module.exports
            Value exports = context.eval(Source.newBuilder(LANGUAGE, "(function () { const module = { exports: {} }; "
                    + "let exports = module.exports;\n" + code.source() + "\n;return module.exports; })()",
                    code.origin()).buildLiteral());
            function = code.function() != null ? member(exports, code.function())
                    : exports.canExecute() ? exports : member(exports, "default");
        }
        if (function == null || !function.canExecute()) {
            throw new ScriptException(code.origin() + ": " + (code.function() == null
                    ? "it exports no function; export one, or name it as file://" + code.origin() + ":functionName"
                    : "it has no function '" + code.function() + "'"));
        }
        return function;
    }

    private static Value member(Value value, String name) {
        return value.hasMembers() ? value.getMember(name) : null;
    }

    /**
     * promptfoo's rule: one line is an expression whose value is returned, more lines are a
     * function body. One line that is no expression ({@code throw ...}, {@code let x = ...; return x})
     * is taken as a body too, where promptfoo would fail on it.
     */
    private static Value inline(Context context, String code, String parameters) {
        if (!code.contains("\n")) {
            try {
                return context.eval(Source.create(LANGUAGE, "(function (" + parameters + ") {\nreturn (" + code
                        + "\n);\n})"));
            } catch (PolyglotException e) {
                if (!e.isSyntaxError()) {
                    throw e;
                }
            }
        }
        return context.eval(Source.create(LANGUAGE, "(function (" + parameters + ") {\n" + code + "\n})"));
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        engine.close();
    }
}
