package dev.promptsmith.model;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The prices a user set, kept across restarts. */
@Repository
class PriceStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    PriceStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Map<String, PriceTable.Price> all() {
        Map<String, PriceTable.Price> prices = new LinkedHashMap<>();
        jdbc.sql("select model, input_per_million, output_per_million from model_price order by model")
                .query(rs -> {
                    prices.put(rs.getString(1), new PriceTable.Price(rs.getBigDecimal(2), rs.getBigDecimal(3)));
                });
        return prices;
    }

    void put(String model, PriceTable.Price price) {
        jdbc.sql("""
                        merge into model_price (model, input_per_million, output_per_million, updated_at)
                        key (model) values (:model, :input, :output, :now)""")
                .param("model", model)
                .param("input", price.input())
                .param("output", price.output())
                .param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .update();
    }
}
