package dev.promptsmith.script;

import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Regular expressions as promptfoo matches them: {@code new RegExp(pattern).test(text)} in
 * JavaScript, no flags. They run in GraalJS under the same sandbox as scripts, in a small pool of
 * contexts that are borrowed and given back (a fresh context per check would cost more than the
 * match; GraalJS keeps compiled patterns). A match that runs longer than the time limit is
 * stopped, and its context is thrown away.
 */
public final class JavaScriptRegex {

    private static final String LANGUAGE = Sandbox.LANGUAGE;
    /**
     * {@code problem} is what {@code new RegExp(p)} throws on Node 22, where promptfoo runs: GraalJS
     * also knows ECMAScript 2025's {@code (?i:...)} modifiers and repeated group names in alternatives,
     * and Node 22 calls any {@code (?i} an invalid group.
     */
    private static final Source FUNCTIONS = Source.create(LANGUAGE, """
            (() => {
              const node22 = p => {
                let inClass = false;
                const names = new Set();
                for (let i = 0; i < p.length; i++) {
                  const c = p[i];
                  if (c === '\\\\') { i++; }
                  else if (inClass) { inClass = c !== ']'; }
                  else if (c === '[') { inClass = true; }
                  else if (c === '(' && p[i + 1] === '?') {
                    if (/^[ims-]/.test(p.slice(i + 2, i + 3))) { return 'Invalid group'; }
                    const name = /^<([^=!>][^>]*)>/.exec(p.slice(i + 2));
                    if (name && names.has(name[1])) { return 'Duplicate capture group name'; }
                    if (name) { names.add(name[1]); }
                  }
                }
                return null;
              };
              const problem = p => {
                const old = node22(p);
                if (old !== null) { return old; }
                try { new RegExp(p); return null; } catch (e) { return String(e.message); }
              };
              // without the g or y flag a RegExp keeps no state between tests, so one per pattern serves them all
              const compiled = new Map();
              const test = (p, f, s) => {
                const key = f + '/' + p;
                let regex = compiled.get(key);
                if (regex === undefined) {
                  if (compiled.size >= 1000) { compiled.clear(); }
                  regex = new RegExp(p, f);
                  compiled.set(key, regex);
                }
                return regex.test(s);
              };
              return { test, problem };
            })()""");
    /** Patterns whose problems are remembered; past this many, the memory starts over. */
    private static final int MAX_PATTERNS = 10_000;
    /** Contexts kept for reuse; more are made when more matches run at once, and closed when given back. */
    private static final int IDLE_CONTEXTS = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);

    private final Engine engine;
    private final Duration timeLimit;
    private final ScheduledExecutorService watchdog;
    private final ConcurrentLinkedQueue<Pooled> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    /** Each pattern's problem ("" for none), found once: a suite's checks run the same few patterns on every cell. */
    private final Map<String, String> problems = new ConcurrentHashMap<>();

    /** A context with the two functions looked up once. */
    private record Pooled(Context context, Value test, Value problem) {
    }

    JavaScriptRegex(Duration timeLimit) {
        this.timeLimit = timeLimit;
        this.engine = Engine.newBuilder(LANGUAGE)
                .sandbox(SandboxPolicy.CONSTRAINED)
                .option("engine.WarnInterpreterOnly", "false")
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .build();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(task -> Thread.ofPlatform().daemon()
                .name("regex-watchdog").unstarted(task));
    }

    /**
     * Whether the pattern matches somewhere in the text, with JavaScript's semantics.
     *
     * @throws ScriptException when the pattern is not valid JavaScript (with JavaScript's own words),
     *                         or when matching did not finish within the time limit; its message completes
     *                         "the pattern ... ", e.g. {@code is not valid JavaScript: Invalid regular expression: ...}
     */
    public static boolean test(String pattern, String text) {
        return Holder.INSTANCE.matches(pattern, "", text);
    }

    /**
     * As {@link #test(String, String)}, ignoring case as JavaScript's {@code i} flag does, e.g. for promptfoo's
     * {@code is-sql} {@code allowedTables}, which its SQL parser matches as {@code new RegExp("^" + p + "$", "i")}.
     */
    public static boolean testIgnoringCase(String pattern, String text) {
        return Holder.INSTANCE.matches(pattern, "i", text);
    }

    /** JavaScript's reason why {@code new RegExp(pattern)} fails, e.g. {@code Invalid regular expression: ...}. */
    public static Optional<String> syntaxError(String pattern) {
        return Holder.INSTANCE.problem(pattern);
    }

    boolean matches(String pattern, String flags, String text) {
        String problem = problems.get(pattern);
        if (problem == null) {
            problem = problem(pattern).orElse("");
            if (problems.size() >= MAX_PATTERNS) {
                problems.clear();
            }
            problems.put(pattern, problem);
        }
        if (!problem.isEmpty()) {
            throw new ScriptException("is not valid JavaScript: " + problem);
        }
        return (Boolean) call(pooled -> plain(pooled.test().execute(pattern, flags, text)));
    }

    Optional<String> problem(String pattern) {
        Object result = call(pooled -> plain(pooled.problem().execute(pattern)));
        return result == null ? Optional.empty() : Optional.of(invalid(pattern, (String) result));
    }

    /** A result read while the context is still borrowed: text, a boolean or nothing. */
    private static Object plain(Value value) {
        return value.isNull() ? null : value.isString() ? value.asString() : (Object) value.asBoolean();
    }

    /** In Node's words, which promptfoo's reason quotes: {@code Invalid regular expression: /(/: Unterminated group}. */
    private static String invalid(String pattern, String message) {
        return message.startsWith("Invalid regular expression") ? message
                : "Invalid regular expression: /" + pattern + "/: " + message;
    }

    private interface Use<T> {
        T apply(Pooled pooled);
    }

    private enum State { RUNNING, DONE, STOPPED }

    private <T> T call(Use<T> use) {
        Pooled pooled = borrow();
        AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
        ScheduledFuture<?> stop = watchdog.schedule(() -> {
            if (state.compareAndSet(State.RUNNING, State.STOPPED)) {
                pooled.context().close(true);
            }
        }, timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return use.apply(pooled);
        } catch (PolyglotException e) {
            if (state.get() == State.STOPPED || e.isCancelled()) {
                throw tooLong();
            }
            if (e.isGuestException()) {
                throw new ScriptException("failed in JavaScript: " + e.getMessage());
            }
            throw e;
        } catch (IllegalStateException e) {
            // the watchdog closed the context between two calls into it
            if (state.get() == State.STOPPED) {
                throw tooLong();
            }
            throw e;
        } finally {
            stop.cancel(false);
            if (state.compareAndSet(State.RUNNING, State.DONE)) {
                giveBack(pooled);
            }
        }
    }

    private ScriptException tooLong() {
        return new ScriptException("did not finish within " + timeLimit.toMillis() / 1000.0
                + " s on this text and was stopped (it backtracks too much)");
    }

    private Pooled borrow() {
        Pooled pooled = idle.poll();
        if (pooled != null) {
            idleCount.decrementAndGet();
            return pooled;
        }
        Context context = Sandbox.context(engine).build();
        Value functions = context.eval(FUNCTIONS);
        return new Pooled(context, functions.getMember("test"), functions.getMember("problem"));
    }

    private void giveBack(Pooled pooled) {
        if (idleCount.incrementAndGet() <= IDLE_CONTEXTS) {
            idle.add(pooled);
        } else {
            idleCount.decrementAndGet();
            pooled.context().close();
        }
    }

    /** The engine starts on first use: a workspace without regex checks never pays for it. */
    private static final class Holder {
        static final JavaScriptRegex INSTANCE = new JavaScriptRegex(Scripts.TIME_LIMIT);
    }
}
