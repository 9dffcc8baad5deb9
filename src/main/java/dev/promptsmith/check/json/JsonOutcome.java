package dev.promptsmith.check.json;

/** What became of an output that should be JSON. */
public enum JsonOutcome {
    /** Valid JSON as it came. */
    VALID,
    /** Made valid by fixes other than completing a cut-off. */
    REPAIRED,
    /** Cut off (by the token limit or mid-value) and completed. */
    TRUNCATED,
    /** Nothing sensible could be made of it. */
    INVALID
}
