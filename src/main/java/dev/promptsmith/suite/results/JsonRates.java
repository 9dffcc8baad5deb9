package dev.promptsmith.suite.results;

import dev.promptsmith.check.json.OutputJson;
import java.util.List;

/**
 * How often a model's JSON outputs were cut off, needed repair or were invalid. Counted are the model's
 * answers as it sent them (a transform's output says nothing of the model) of cells whose checks ask for JSON
 * (is-json, contains-json, json-schema, json-path, repairable-json) and the answers that look like JSON (they
 * start with a brace, a bracket or a code fence); cells without output (errors) are not.
 *
 * @param outputs  the outputs counted
 * @param cutOff   of them, cut off: at the token limit, or JSON unterminated at the end
 * @param repaired of them, JSON only after repair (cut-off ones included)
 * @param invalid  of them, no JSON even after repair: invalid, or no object or array where one was asked for
 */
public record JsonRates(int outputs, int cutOff, int repaired, int invalid) {

    /** What is counted, in words, for reports. */
    public static final String COUNTED = "the model's answers (before any transform) of cells with an is-json, "
            + "contains-json, json-schema, json-path or repairable-json check, and answers that start with {, [ or a "
            + "code fence; errors are not counted";

    static JsonRates of(List<Sample> samples) {
        int outputs = 0;
        int cutOff = 0;
        int repaired = 0;
        int invalid = 0;
        for (Sample sample : samples) {
            if (!sample.jsonCounted()) {
                continue;
            }
            outputs++;
            cutOff += sample.cutOff() ? 1 : 0;
            repaired += sample.json() == OutputJson.Shape.REPAIRED ? 1 : 0;
            invalid += sample.json() == OutputJson.Shape.INVALID || sample.json() == OutputJson.Shape.NOT_JSON ? 1 : 0;
        }
        return new JsonRates(outputs, cutOff, repaired, invalid);
    }

    public double cutOffRate() {
        return rate(cutOff);
    }

    public double repairedRate() {
        return rate(repaired);
    }

    public double invalidRate() {
        return rate(invalid);
    }

    /** Whether any output counted was cut off or repaired: worth a line of its own. */
    public boolean anyCutOffOrRepaired() {
        return cutOff > 0 || repaired > 0;
    }

    private double rate(int count) {
        return outputs == 0 ? 0 : (double) count / outputs;
    }
}
