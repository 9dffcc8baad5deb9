package dev.promptsmith.prompt;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.tree.Node;
import dev.promptsmith.shared.InputLimits;
import java.util.function.Supplier;

/**
 * The time and characters one render may still use: a prompt's messages share one budget.
 * Jinjava calls {@link #checkpoint} before it renders any node of a template, on the thread that
 * renders, so a template that runs out of time stops at its next tag or expression on that same
 * thread: nothing keeps burning CPU after the time-out, and no thread has to be killed. (A
 * single tag's own work is bounded by Jinjava's size limits, set in {@link TemplateEngine}.)
 */
final class RenderBudget {

    private static final ThreadLocal<RenderBudget> CURRENT = new ThreadLocal<>();

    private final InputLimits limits;
    /** Set when the first render starts: building Jinjava is not the template's doing. */
    private long deadline;
    private boolean started;
    private long charsLeft;
    /** The template line being rendered when time ran out; 0 while there is time. */
    private int outOfTimeAt;

    RenderBudget(InputLimits limits) {
        this.limits = limits;
        this.charsLeft = limits.renderMaxOutput();
    }

    InputLimits limits() {
        return limits;
    }

    /** Runs the render on this thread with this budget's clock. */
    <T> T spend(Supplier<T> render) {
        if (!started) {
            started = true;
            deadline = System.nanoTime() + limits.renderTimeout().toNanos();
        }
        RenderBudget outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return render.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** Jinjava's node pre-processor: stops the render once its time is up. */
    static void checkpoint(Node node, JinjavaInterpreter interpreter) {
        RenderBudget budget = CURRENT.get();
        if (budget != null) {
            budget.check(node.getLineNumber());
        }
    }

    private void check(int line) {
        if (outOfTimeAt == 0 && System.nanoTime() - deadline > 0) {
            outOfTimeAt = Math.max(line, 1);
        }
        if (outOfTimeAt > 0) {
            // Jinjava wraps what a node throws and may carry on with the next node, which stops here too
            throw new OutOfTime();
        }
    }

    /** The line the render was at when its time ran out, or 0 when it had time. */
    int outOfTimeAt() {
        return outOfTimeAt;
    }

    /** Takes {@code chars} from what is left; false when that is more than is left. */
    boolean take(long chars) {
        charsLeft -= chars;
        return charsLeft >= 0;
    }

    String tookTooLong() {
        return "template took longer than " + limits.renderTimeout().toMillis() + " ms to render (setting "
                + InputLimits.RENDER_TIMEOUT + ")";
    }

    String wroteTooMuch() {
        return "template rendered more than " + limits.renderMaxOutput() + " characters (setting "
                + InputLimits.RENDER_MAX_OUTPUT + ")";
    }

    /** Thrown through Jinjava to end a render whose time is up; it carries no stack, it is not a fault. */
    static final class OutOfTime extends RuntimeException {

        OutOfTime() {
            super("out of time", null, false, false);
        }
    }
}
