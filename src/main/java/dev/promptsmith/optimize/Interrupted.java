package dev.promptsmith.optimize;

/** Why a step of the loop could not finish: what is done is stored, and a resume goes on from there. */
final class Interrupted extends RuntimeException {

    enum Cause { BUDGET, PROVIDER, CANCELLED }

    private final Cause cause;

    Interrupted(Cause cause, String message) {
        super(message);
        this.cause = cause;
    }

    Cause kind() {
        return cause;
    }
}
