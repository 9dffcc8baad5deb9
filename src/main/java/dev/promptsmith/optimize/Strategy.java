package dev.promptsmith.optimize;

/** How an optimization proposes candidates. */
public enum Strategy {
    /** OPRO/APE style: the scored history of earlier candidates, best last, leads to a new instruction. */
    OPRO_HISTORY,
    /**
     * GEPA style: a candidate of the Pareto front (best on at least one training case) is rewritten from its failing
     * training cases, their check reasons and outputs; sometimes two front members are merged.
     */
    REFLECTIVE_PARETO,
    /** The baseline: a rewrite without any feedback. */
    RANDOM_REWRITE
}
