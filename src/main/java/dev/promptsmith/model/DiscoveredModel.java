package dev.promptsmith.model;

/** A model a local or configured server says it has. */
public record DiscoveredModel(ProviderKind kind, String modelName, String baseUrl) {

    /** A target for this model, named after it. */
    public ModelTarget asTarget() {
        String prefix = kind == ProviderKind.OLLAMA ? "ollama " : "";
        return new ModelTarget(null, prefix + modelName, kind, modelName,
                kind == ProviderKind.OLLAMA && baseUrl.equals(ProviderKind.OLLAMA.defaultBaseUrl()) ? null : baseUrl,
                null, java.util.Map.of());
    }
}
