package dev.promptsmith.run.store;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.ProviderKind;
import dev.promptsmith.shared.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model as stored with a run or an optimization: where and how it is reached, never a key. One JSON shape for
 * both, so a model reads back the same wherever it was kept.
 */
public final class ModelTargets {

    private ModelTargets() {
    }

    /** The model as JSON text. */
    public static String write(ModelTarget target) {
        return Json.write(json(target));
    }

    /** A model written by {@link #write}. */
    public static ModelTarget read(String text) {
        return fromJson(Json.readObject(text));
    }

    /** The model as a JSON object, to be nested in another. */
    public static Map<String, Object> json(ModelTarget target) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", target.id());
        json.put("name", target.name());
        json.put("kind", target.kind().name());
        json.put("model", target.modelName());
        json.put("baseUrl", target.baseUrl());
        json.put("apiKeyEnvar", target.apiKeyEnvar());
        json.put("parameters", target.parameters());
        return json;
    }

    /** A model from a JSON object made by {@link #json}. */
    @SuppressWarnings("unchecked")
    public static ModelTarget fromJson(Map<String, Object> json) {
        Object id = json.get("id");
        return new ModelTarget(id == null ? null : ((Number) id).longValue(), (String) json.get("name"),
                ProviderKind.valueOf((String) json.get("kind")), (String) json.get("model"), (String) json.get("baseUrl"),
                (String) json.get("apiKeyEnvar"), (Map<String, Object>) json.get("parameters"));
    }
}
