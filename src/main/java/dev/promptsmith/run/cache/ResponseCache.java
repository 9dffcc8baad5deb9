package dev.promptsmith.run.cache;

import dev.promptsmith.model.ModelResponse;
import java.util.Optional;

/** Model answers by request key and slot (the repeat). Only answers are stored, never errors. */
public interface ResponseCache {

    Optional<ModelResponse> get(String key, int slot);

    void put(String key, int slot, ModelResponse response);

    /** A cache that keeps nothing, for runs with the cache off. */
    ResponseCache NONE = new ResponseCache() {
        @Override
        public Optional<ModelResponse> get(String key, int slot) {
            return Optional.empty();
        }

        @Override
        public void put(String key, int slot, ModelResponse response) {
        }
    };
}
