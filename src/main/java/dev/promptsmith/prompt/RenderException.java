package dev.promptsmith.prompt;

/** A template could not be rendered with the given values; the message names the cause and place. */
public class RenderException extends Exception {

    private final boolean outOfTime;

    public RenderException(String message) {
        this(message, false);
    }

    RenderException(String message, boolean outOfTime) {
        super(message);
        this.outOfTime = outOfTime;
    }

    /** Whether the render ran out of its time budget (promptsmith.render.timeout), rather than failing at once. */
    public boolean outOfTime() {
        return outOfTime;
    }
}
