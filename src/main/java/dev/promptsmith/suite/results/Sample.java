package dev.promptsmith.suite.results;

import dev.promptsmith.check.json.OutputJson;
import java.math.BigDecimal;

/**
 * One cell's outcome as the statistics see it, whether it comes from a run in progress or from
 * the database.
 *
 * @param test        the test case's position in its suite
 * @param json        what the output is as JSON; {@code null} without output
 * @param cutOff      whether the output was cut off
 * @param jsonCounted whether the output counts in its model's {@link JsonRates}
 */
public record Sample(String prompt, int test, String description, String model, boolean passed, boolean error,
                     double score, long latencyMs, int tokens, BigDecimal costUsd, OutputJson.Shape json,
                     boolean cutOff, boolean jsonCounted) {

    /** A sample that counts in no JSON rates. */
    public Sample(String prompt, int test, String description, String model, boolean passed, boolean error,
                  double score, long latencyMs, int tokens, BigDecimal costUsd) {
        this(prompt, test, description, model, passed, error, score, latencyMs, tokens, costUsd, null, false, false);
    }

    /** The case a sample belongs to: prompt, test and model. */
    public String caseKey() {
        return prompt + "\u0000" + test + "\u0000" + model;
    }
}
