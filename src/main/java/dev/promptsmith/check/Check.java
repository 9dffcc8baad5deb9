package dev.promptsmith.check;

/** One type of check. Implementations are stateless; negation, weights and thresholds of cases are the engine's. */
public interface Check {

    /** The type name as written in suites (promptfoo's where one exists), without {@code not-}. */
    String type();

    /** One sentence for the documentation and the screens. */
    String description();

    /**
     * @throws IllegalArgumentException when the check's value is unusable, with a message that says why
     */
    Verdict evaluate(CheckSpec spec, CheckInput input);
}
