package dev.promptsmith.optimize;

/** An optimization that cannot start (or go on) as asked; the message says why, e.g. a suite too small to split. */
public class OptimizationRefusedException extends RuntimeException {

    public OptimizationRefusedException(String message) {
        super(message);
    }
}
