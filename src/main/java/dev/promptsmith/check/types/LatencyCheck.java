package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;

/** latency: the call took at most the threshold in milliseconds. */
final class LatencyCheck implements Check {

    @Override
    public String type() {
        return "latency";
    }

    @Override
    public String description() {
        return "The model answered within the threshold, in milliseconds.";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        if (spec.threshold() == null) {
            throw new IllegalArgumentException("latency needs a threshold in milliseconds");
        }
        if (input.latencyMs() == null) {
            throw new IllegalArgumentException("the latency of this output is not known");
        }
        long threshold = spec.threshold().longValue();
        return Verdict.scored(input.latencyMs() <= threshold, input.latencyMs() <= threshold ? 1 : 0,
                "arrive within " + threshold + " ms", "it took " + input.latencyMs() + " ms");
    }
}
