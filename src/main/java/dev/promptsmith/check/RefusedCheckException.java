package dev.promptsmith.check;

/** A suite names a promptfoo check type that Promptsmith does not run; the message says why. */
public class RefusedCheckException extends UnknownCheckException {

    public RefusedCheckException(String message) {
        super(message);
    }
}
