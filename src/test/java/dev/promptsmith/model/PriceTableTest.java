package dev.promptsmith.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriceTableTest {

    private final PriceTable prices = new PriceTable();

    @Test
    void theLongestMatchingModelNameGivesThePrice() {
        ModelTarget mini = new ModelTarget(null, "m", ProviderKind.OPENAI, "gpt-4o-mini-2024-07-18", null, null, Map.of());

        assertThat(prices.cost(mini, 1_000_000, 1_000_000)).isEqualByComparingTo("0.75");
    }

    @Test
    void localModelsCostNothingAndUnknownModelsHaveNoPrice() {
        assertThat(prices.cost(new ModelTarget(null, "o", ProviderKind.OLLAMA, "llama3.2", null, null, Map.of()), 500, 500))
                .isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(prices.cost(new ModelTarget(null, "x", ProviderKind.OPENAI, "my-finetune", null, null, Map.of()), 5, 5))
                .isNull();
    }

    @Test
    void anEditedPriceIsUsed() {
        prices.set("my-finetune", new PriceTable.Price(new BigDecimal("1"), new BigDecimal("2")));

        assertThat(prices.cost(new ModelTarget(null, "x", ProviderKind.OPENAI, "my-finetune", null, null, Map.of()),
                1000, 500)).isEqualByComparingTo("0.002");
    }
}
