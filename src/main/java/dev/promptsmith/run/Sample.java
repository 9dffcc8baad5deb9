package dev.promptsmith.run;

import java.math.BigDecimal;

/**
 * One cell's outcome as the statistics see it, whether it comes from a run in progress or from
 * the database.
 *
 * @param test the test case's position in its suite
 */
public record Sample(String prompt, int test, String description, String model, boolean passed, boolean error,
                     double score, long latencyMs, int tokens, BigDecimal costUsd) {

    /** The case a sample belongs to: prompt, test and model. */
    public String caseKey() {
        return prompt + "\u0000" + test + "\u0000" + model;
    }
}
