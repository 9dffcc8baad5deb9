package dev.promptsmith.check.types;

import dev.promptsmith.check.CellErrorException;
import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import java.math.BigDecimal;

/** cost: the call cost at most the threshold in US dollars. */
final class CostCheck implements Check {

    @Override
    public String type() {
        return "cost";
    }

    @Override
    public String description() {
        return "The call cost at most the threshold, in US dollars.";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        if (spec.threshold() == null) {
            throw new IllegalArgumentException("cost needs a threshold in dollars");
        }
        if (input.costUsd() == null) {
            // not the answer's fault: the cell is an error, as a missing price is to be fixed, not the prompt.
            // A model on the user's machine or network costs $0 and never gets here (PriceTable)
            if (!input.model().known()) {
                throw new CellErrorException("cost: price unknown: the answer has no model, so it has no cost");
            }
            throw new CellErrorException("cost: price unknown: " + input.model().name() + " is a hosted model "
                    + "without a price, so the cost of its answer is not known: set its price per million tokens on "
                    + "the Models screen, under Prices");
        }
        boolean cheap = input.costUsd().compareTo(BigDecimal.valueOf(spec.threshold())) <= 0;
        return Verdict.scored(cheap, cheap ? 1 : 0, "cost at most $" + spec.threshold(),
                "it cost $" + input.costUsd().stripTrailingZeros().toPlainString());
    }
}
