package dev.promptsmith.check.json;

/** Why the input cannot be repaired, and where; thrown without a stack trace. */
final class Failure extends RuntimeException {

    /** The index in the input where the repair failed. */
    final int at;

    Failure(String message, int at) {
        super(message, null, false, false);
        this.at = at;
    }
}
