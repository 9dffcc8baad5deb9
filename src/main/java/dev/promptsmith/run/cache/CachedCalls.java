package dev.promptsmith.run.cache;

import dev.promptsmith.model.ModelResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Model calls through the response cache: an answer in the cache is read back; identical
 * requests in flight at the same time (same key and slot) are sent once and share the answer;
 * a new answer is stored; an error is handed to every waiter and stored nowhere.
 */
public final class CachedCalls {

    /** An answer and whether it came from the cache or from a call made by someone else. */
    public record Answer(ModelResponse response, boolean cached) {
    }

    private final ResponseCache cache;
    private final Map<String, CompletableFuture<ModelResponse>> inFlight = new ConcurrentHashMap<>();

    public CachedCalls(ResponseCache cache) {
        this.cache = cache;
    }

    /** Looks in the cache only. */
    public Optional<ModelResponse> cached(String key, int slot) {
        return cache.get(key, slot);
    }

    /**
     * Calls through the cache. {@code call} runs at most once at a time per key and slot.
     *
     * @throws RuntimeException whatever {@code call} threw, for this caller and every one that waited on it
     */
    public Answer call(String key, int slot, Supplier<ModelResponse> call) throws InterruptedException {
        Optional<ModelResponse> hit = cache.get(key, slot);
        if (hit.isPresent()) {
            return new Answer(hit.get(), true);
        }
        CompletableFuture<ModelResponse> mine = new CompletableFuture<>();
        CompletableFuture<ModelResponse> running = inFlight.putIfAbsent(key + "#" + slot, mine);
        if (running != null) {
            try {
                return new Answer(running.get(), true);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        try {
            Optional<ModelResponse> stored = cache.get(key, slot);
            if (stored.isPresent()) {
                mine.complete(stored.get());
                return new Answer(stored.get(), true);
            }
            ModelResponse response = call.get();
            cache.put(key, slot, response);
            mine.complete(response);
            return new Answer(response, false);
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key + "#" + slot, mine);
        }
    }
}
