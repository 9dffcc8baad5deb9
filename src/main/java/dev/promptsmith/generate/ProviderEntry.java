package dev.promptsmith.generate;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.ProviderKind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A saved model as a suite file's provider entry: its id, its name as the label, and in {@code config} where it is
 * reached (base URL, key variable) and its request options, so that running the suite reaches the same model. An id
 * alone would send an OpenAI-compatible model's calls to OpenAI.
 */
final class ProviderEntry {

    private ProviderEntry() {
    }

    /** The entry, or the id alone when nothing more is needed to reach the model. */
    static Object of(ModelTarget model) {
        Map<String, Object> config = new LinkedHashMap<>();
        if (model.kind() == ProviderKind.HTTP) {
            if (model.baseUrl() != null && !model.baseUrl().equals(model.modelName())) {
                config.put("url", model.baseUrl());
            }
        } else if (model.kind() != ProviderKind.EXEC && model.kind() != ProviderKind.ECHO) {
            if (model.baseUrl() != null && !model.baseUrl().isBlank()) {
                config.put("apiBaseUrl", model.baseUrl());
            }
            if (model.apiKeyEnvar() != null && !model.apiKeyEnvar().isBlank()) {
                config.put("apiKeyEnvar", model.apiKeyEnvar());
            }
            config.putAll(model.parameters());
        }
        boolean named = model.name() != null && !model.name().equals(model.providerId());
        if (config.isEmpty() && !named) {
            return model.providerId();
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", model.providerId());
        if (named) {
            entry.put("label", model.name());
        }
        if (!config.isEmpty()) {
            entry.put("config", config);
        }
        return entry;
    }
}
