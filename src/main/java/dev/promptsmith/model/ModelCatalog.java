package dev.promptsmith.model;

import dev.promptsmith.shared.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** What the screens ask about models: the targets to choose from, discovery, and a connection test. */
@Service
public class ModelCatalog {

    /** The built-in model that answers with the prompt itself; always there, never stored. */
    public static final ModelTarget ECHO = new ModelTarget(null, "echo", ProviderKind.ECHO, "echo", null, null, Map.of());

    private static final int TEST_MAX_TOKENS = 32;

    private final ModelTargetStore store;
    private final ModelDiscovery discovery;
    private final ModelGateway gateway;

    public ModelCatalog(ModelTargetStore store, ModelDiscovery discovery, ModelGateway gateway) {
        this.store = store;
        this.discovery = discovery;
        this.gateway = gateway;
    }

    /** The stored targets, then the built-in echo model. */
    public List<ModelTarget> choices() {
        List<ModelTarget> choices = new ArrayList<>(store.all());
        choices.add(ECHO);
        return choices;
    }

    public List<ModelTarget> stored() {
        return store.all();
    }

    public ModelTarget save(ModelTarget target) {
        check(target);
        return store.save(target);
    }

    /** Settings that cannot work are refused before anything is stored or sent, saying which. */
    private static void check(ModelTarget target) {
        if (target.name() == null || target.name().isBlank()) {
            throw new IllegalArgumentException("a model needs a name");
        }
        if (target.modelName() == null || target.modelName().isBlank()) {
            throw new IllegalArgumentException("'" + target.name() + "' needs a model name, e.g. gpt-4o-mini or llama3.2");
        }
        if (target.baseUrl() != null && !target.baseUrl().isBlank() && !target.baseUrl().matches("https?://.+")) {
            throw new IllegalArgumentException("the base URL of '" + target.name() + "' must start with http:// or https://");
        }
    }

    public void delete(ModelTarget target) {
        if (target.id() != null) {
            store.delete(target.id());
        }
    }

    /** Asks the local servers again; returns the models found that are not stored yet. */
    public List<DiscoveredModel> discover() {
        return notStored(discovery.discover());
    }

    /** What the latest discovery (on start, or on demand) found, less what is stored. */
    public List<DiscoveredModel> lastDiscovered() {
        return notStored(discovery.lastFound());
    }

    private List<DiscoveredModel> notStored(List<DiscoveredModel> found) {
        List<ModelTarget> stored = store.all();
        return found.stream()
                .filter(model -> stored.stream().noneMatch(t -> t.kind() == model.kind()
                        && t.modelName().equals(model.modelName())))
                .toList();
    }

    /**
     * A short call, to see that the model answers with these settings: enough tokens for a short
     * sentence, so the answer is shown as given rather than cut after its first token.
     *
     * @throws IllegalArgumentException when the settings cannot work (no model name, say), before any call
     */
    public ModelResponse testConnection(ModelTarget target) {
        check(target);
        return gateway.call(target, ModelRequest.of(List.of(new ChatMessage(Role.USER, "Reply with OK.")))
                .withMaxTokens(TEST_MAX_TOKENS));
    }
}
