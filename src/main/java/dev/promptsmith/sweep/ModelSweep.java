package dev.promptsmith.sweep;

import java.util.List;
import java.util.Optional;

/**
 * A run read as a choice of model: its models in the run's order, the best by pass rate, and the
 * recommendation with the reason for it in words.
 *
 * @param best        the model with the highest pass rate (the cheaper one on a tie); empty without results
 * @param recommended the cheapest priced model not significantly worse than the best; empty when none is priced
 * @param reason      why this one is recommended, or why none is, as a sentence
 */
public record ModelSweep(List<SweepRow> rows, Optional<String> best, Optional<String> recommended, String reason) {

    public Optional<SweepRow> row(String model) {
        return rows.stream().filter(r -> r.model().equals(model)).findFirst();
    }
}
