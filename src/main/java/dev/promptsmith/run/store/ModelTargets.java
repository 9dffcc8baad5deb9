package dev.promptsmith.run.store;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.ProviderKind;
import dev.promptsmith.shared.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** A run's model as stored with it: where and how it is reached, never a key. */
final class ModelTargets {

    private ModelTargets() {
    }

    static String write(ModelTarget target) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", target.id());
        json.put("name", target.name());
        json.put("kind", target.kind().name());
        json.put("model", target.modelName());
        json.put("baseUrl", target.baseUrl());
        json.put("apiKeyEnvar", target.apiKeyEnvar());
        json.put("parameters", target.parameters());
        return Json.write(json);
    }

    @SuppressWarnings("unchecked")
    static ModelTarget read(String text) {
        Map<String, Object> json = Json.readObject(text);
        Object id = json.get("id");
        return new ModelTarget(id == null ? null : ((Number) id).longValue(), (String) json.get("name"),
                ProviderKind.valueOf((String) json.get("kind")), (String) json.get("model"), (String) json.get("baseUrl"),
                (String) json.get("apiKeyEnvar"), (Map<String, Object>) json.get("parameters"));
    }
}
