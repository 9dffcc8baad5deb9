package dev.promptsmith.run.store;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.PriceTable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * What stored results cost at today's prices: a result keeps its tokens, and the cost it was given
 * when it ran only counts where its model has no price now. One per query, so each model's stored
 * target is read once.
 */
final class StoredCosts {

    private final PriceTable prices;
    private final Map<String, ModelTarget> targets = new HashMap<>();

    StoredCosts(PriceTable prices) {
        this.prices = prices;
    }

    /** @param target the model as the run stored it ({@link ModelTargets}) */
    BigDecimal cost(String target, Integer tokensIn, Integer tokensOut, BigDecimal stored) {
        if (tokensIn == null || tokensOut == null) {
            return stored;
        }
        return prices.cost(targets.computeIfAbsent(target, ModelTargets::read), tokensIn, tokensOut, stored);
    }

    /** @param model the model as the run stored it */
    BigDecimal cost(ModelTarget model, Integer tokensIn, Integer tokensOut, BigDecimal stored) {
        return tokensIn == null || tokensOut == null ? stored : prices.cost(model, tokensIn, tokensOut, stored);
    }
}
