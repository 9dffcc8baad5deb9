package dev.promptsmith.check;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelGateway;
import dev.promptsmith.model.ModelRequest;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.ModelTargetStore;
import dev.promptsmith.model.ProviderIds;
import dev.promptsmith.shared.Role;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The judge of model-graded checks: the check's {@code provider} (a promptfoo id, or the name
 * of a model on the Models screen), else the configured default judge; local models work too.
 */
public final class ModelJudge implements Judge {

    private final ModelGateway gateway;
    private final ModelTargetStore targets;
    private final String defaultJudge;
    private final UnaryOperator<String> environment;

    public ModelJudge(ModelGateway gateway, ModelTargetStore targets, String defaultJudge) {
        this(gateway, targets, defaultJudge, null);
    }

    /**
     * @param environment where a judge's promptfoo id finds its base URL when its config names none (see
     *                    {@link ProviderIds#environment(String)}); {@code null} for the process's own
     */
    public ModelJudge(ModelGateway gateway, ModelTargetStore targets, String defaultJudge,
                      UnaryOperator<String> environment) {
        this.gateway = gateway;
        this.targets = targets;
        this.defaultJudge = defaultJudge;
        this.environment = environment;
    }

    @Override
    public String ask(String system, String user, Map<String, Object> config) {
        ModelTarget target = target(config.get("provider"));
        // a rubricPrompt of the suite's own may have no system part
        List<ChatMessage> messages = system.isBlank() ? List.of(new ChatMessage(Role.USER, user))
                : List.of(new ChatMessage(Role.SYSTEM, system), new ChatMessage(Role.USER, user));
        ModelRequest request = ModelRequest.of(messages).withTemperature(0.0);
        return gateway.call(target, request).text();
    }

    private ModelTarget target(Object provider) {
        Object chosen = provider != null ? provider : defaultJudge == null || defaultJudge.isBlank() ? null : defaultJudge;
        if (chosen == null) {
            throw new IllegalArgumentException("no judge model: give the check a provider (e.g. "
                    + "ollama:chat:llama3.2) or set promptsmith.judge");
        }
        if (chosen instanceof Map<?, ?> grading && grading.get("text") != null) {
            // promptfoo's options.provider may name a text and an embedding provider; the embedder here is local
            return target(grading.get("text"));
        }
        if (chosen instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, ?> settings = map.get("config") instanceof Map<?, ?> c ? (Map<String, ?>) c : Map.of();
            return parse(String.valueOf(map.get("id")), null, settings);
        }
        String name = chosen.toString().strip();
        List<ModelTarget> stored = targets == null ? List.of() : targets.all();
        return stored.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseGet(() -> parse(name, "judge " + name, Map.of()));
    }

    private ModelTarget parse(String id, String label, Map<String, ?> settings) {
        return environment == null ? ProviderIds.parse(id, label, settings)
                : ProviderIds.parse(id, label, settings, environment);
    }
}
