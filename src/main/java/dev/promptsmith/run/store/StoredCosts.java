package dev.promptsmith.run.store;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.PriceTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a run's stored results cost at today's prices: a result keeps its tokens, and the cost it was
 * given when it ran only counts where its model has no price now.
 */
final class StoredCosts {

    /** Each model's price, looked up once: a run has tens of thousands of results on a few models. */
    private final List<Optional<PriceTable.Price>> prices;

    /** @param models the run's models as it stored them, in column order */
    StoredCosts(PriceTable prices, List<ModelTarget> models) {
        this.prices = models.stream().map(prices::find).toList();
    }

    BigDecimal cost(int modelPosition, Integer tokensIn, Integer tokensOut, BigDecimal stored) {
        if (tokensIn == null || tokensOut == null || modelPosition >= prices.size()) {
            return stored;
        }
        return prices.get(modelPosition).map(price -> price.cost(tokensIn, tokensOut)).orElse(stored);
    }
}
