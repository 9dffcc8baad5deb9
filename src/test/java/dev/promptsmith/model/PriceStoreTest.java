package dev.promptsmith.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.support.H2Database;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceStoreTest {

    @TempDir
    Path temp;

    @Test
    void aPriceSetIsStillThereAfterARestart() {
        // given
        H2Database database = new H2Database(temp);
        new PriceTable(new PriceStore(database.jdbc(), Clock.systemUTC()))
                .set("My-Finetune", new PriceTable.Price(new BigDecimal("1"), new BigDecimal("3")));
        database.shutdown();

        // when
        H2Database restarted = new H2Database(temp);
        PriceTable prices = new PriceTable(new PriceStore(restarted.jdbc(), Clock.systemUTC()));

        // then
        ModelTarget target = new ModelTarget(null, "f", ProviderKind.OPENAI, "my-finetune-v2", null, null, Map.of());
        assertThat(prices.cost(target, 1_000_000, 1_000_000)).isEqualByComparingTo("4");
        assertThat(prices.all()).containsKey("gpt-4o-mini");
        restarted.shutdown();
    }
}
