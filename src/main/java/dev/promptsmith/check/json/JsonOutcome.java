package dev.promptsmith.check.json;

/** What {@link JsonRepair} made of its input. */
public enum JsonOutcome {
    /** The input was already valid JSON; the text is returned unchanged. */
    VALID,
    /** The input was complete but broken in other ways, and was repaired. */
    REPAIRED,
    /** The input was cut off (or the model said so) and was completed. */
    TRUNCATED,
    /** Nothing sensible could be made of the input. */
    INVALID
}
