package dev.promptsmith.run.cache;

import dev.promptsmith.model.FinishReason;
import dev.promptsmith.model.ModelResponse;
import dev.promptsmith.model.RawExchange;
import dev.promptsmith.shared.Json;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The response cache in the {@code response_cache} table. */
public final class DatabaseCache implements ResponseCache {

    private final JdbcClient jdbc;
    private final Clock clock;

    public DatabaseCache(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<ModelResponse> get(String key, int slot) {
        return jdbc.sql("select response from response_cache where request_hash = :key and slot = :slot")
                .param("key", key).param("slot", slot)
                .query(String.class).optional()
                .map(DatabaseCache::read);
    }

    @Override
    public void put(String key, int slot, ModelResponse response) {
        try {
            jdbc.sql("insert into response_cache (request_hash, slot, response, created_at) values (:key, :slot, :response, :now)")
                    .param("key", key).param("slot", slot).param("response", write(response))
                    .param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException e) {
            // another run stored the same slot first; its answer stays
        }
    }

    public int size() {
        return jdbc.sql("select count(*) from response_cache").query(Integer.class).single();
    }

    static String write(ModelResponse response) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", response.text());
        json.put("finishReason", response.finishReason().name());
        json.put("tokensIn", response.tokensIn());
        json.put("tokensOut", response.tokensOut());
        json.put("tokensEstimated", response.tokensEstimated());
        json.put("latencyMs", response.latency().toMillis());
        json.put("ttftMs", response.timeToFirstToken() == null ? null : response.timeToFirstToken().toMillis());
        json.put("costUsd", response.costUsd() == null ? null : response.costUsd().toPlainString());
        json.put("responseId", response.responseId());
        json.put("rawRequest", response.exchange().request());
        json.put("rawResponse", response.exchange().response());
        json.put("logProbs", response.logProbs());
        return Json.write(json);
    }

    static ModelResponse read(String text) {
        Map<String, Object> json = Json.readObject(text);
        Object ttft = json.get("ttftMs");
        Object cost = json.get("costUsd");
        return new ModelResponse((String) json.get("text"), FinishReason.valueOf((String) json.get("finishReason")),
                ((Number) json.get("tokensIn")).intValue(), ((Number) json.get("tokensOut")).intValue(),
                Boolean.TRUE.equals(json.get("tokensEstimated")),
                Duration.ofMillis(((Number) json.get("latencyMs")).longValue()),
                ttft == null ? null : Duration.ofMillis(((Number) ttft).longValue()),
                cost == null ? null : new BigDecimal(cost.toString()), (String) json.get("responseId"),
                new RawExchange(String.valueOf(json.get("rawRequest")), String.valueOf(json.get("rawResponse"))),
                json.get("logProbs") instanceof List<?> logProbs
                        ? logProbs.stream().map(p -> ((Number) p).doubleValue()).toList() : null);
    }
}
