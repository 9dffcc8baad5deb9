package dev.promptsmith.run.store;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.PriceTable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a run's stored results cost at today's prices: a result keeps its tokens, and the cost it was
 * given when it ran only counts where its model has no price now.
 */
final class StoredCosts {

    private final PriceTable prices;
    private final List<ModelTarget> models;

    /** @param models the run's models as it stored them, in column order */
    StoredCosts(PriceTable prices, List<ModelTarget> models) {
        this.prices = prices;
        this.models = models;
    }

    BigDecimal cost(int modelPosition, Integer tokensIn, Integer tokensOut, BigDecimal stored) {
        if (tokensIn == null || tokensOut == null || modelPosition >= models.size()) {
            return stored;
        }
        return prices.cost(models.get(modelPosition), tokensIn, tokensOut, stored);
    }
}
