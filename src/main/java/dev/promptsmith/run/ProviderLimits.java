package dev.promptsmith.run;

import dev.promptsmith.model.ModelTarget;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One {@link AdaptiveLimit} per provider endpoint (kind and base URL), shared by a run's models. */
final class ProviderLimits {

    private final int perProvider;
    private final Map<String, AdaptiveLimit> limits = new ConcurrentHashMap<>();

    public ProviderLimits(int perProvider) {
        this.perProvider = perProvider;
    }

    public AdaptiveLimit of(ModelTarget target) {
        return limits.computeIfAbsent(target.kind() + " " + target.effectiveBaseUrl(), key -> new AdaptiveLimit(perProvider));
    }
}
