package dev.promptsmith.prompt;

/** A template could not be rendered with the given values; the message names the cause and place. */
public class RenderException extends Exception {

    public RenderException(String message) {
        super(message);
    }
}
