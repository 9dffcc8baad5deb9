package dev.promptsmith.check;

/** A suite names a check type that does not exist; the message names it and the nearest known type. */
public class UnknownCheckException extends IllegalArgumentException {

    public UnknownCheckException(String message) {
        super(message);
    }
}
