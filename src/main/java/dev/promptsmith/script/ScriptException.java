package dev.promptsmith.script;

/** A script could not be read, did not finish in time, failed, or handed back something unusable. */
public final class ScriptException extends RuntimeException {

    public ScriptException(String message) {
        super(message);
    }

    public ScriptException(String message, Throwable cause) {
        super(message, cause);
    }
}
