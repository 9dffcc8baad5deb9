package dev.promptsmith.run;

import dev.promptsmith.run.store.RunStore;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A run's settings as the store keeps them, JSON beside the run's repeats. */
final class StoredSettings {

    private StoredSettings() {
    }

    static Map<String, Object> write(RunSettings settings) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("concurrency", settings.concurrency());
        json.put("perProvider", settings.perProvider());
        json.put("retries", settings.retries());
        json.put("timeoutMs", settings.timeout().toMillis());
        json.put("cache", settings.cache());
        json.put("maxRetryAfterMs", settings.maxRetryAfter().toMillis());
        if (settings.deadline() != null) {
            json.put("deadlineMs", settings.deadline().toMillis());
        }
        return json;
    }

    static RunSettings read(RunStore.StoredPlan plan) {
        Map<String, Object> json = plan.settings();
        // a run stored before these two settings existed is resumed with the default limit and no deadline
        return new RunSettings(plan.repeats(), number(json, "concurrency"), number(json, "perProvider"),
                number(json, "retries"), Duration.ofMillis(((Number) json.get("timeoutMs")).longValue()),
                Boolean.TRUE.equals(json.get("cache")),
                json.get("maxRetryAfterMs") instanceof Number max ? Duration.ofMillis(max.longValue())
                        : RunSettings.MAX_RETRY_AFTER,
                json.get("deadlineMs") instanceof Number deadline ? Duration.ofMillis(deadline.longValue()) : null);
    }

    private static int number(Map<String, Object> json, String key) {
        return ((Number) json.get(key)).intValue();
    }
}
