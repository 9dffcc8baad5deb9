package dev.promptsmith.model;

import dev.promptsmith.model.secret.Redactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Keys from environment variables only, for the command line, which runs without the database of
 * entered keys: the target's {@code apiKeyEnvar}, else the provider's usual variable.
 */
public final class EnvironmentApiKeys implements ApiKeyResolver {

    private final UnaryOperator<String> environment;
    private final Redactor redactor;

    public EnvironmentApiKeys(UnaryOperator<String> environment, List<ModelTarget> targets) {
        this.environment = environment;
        List<String> known = new ArrayList<>();
        for (ModelTarget target : targets) {
            apiKey(target).ifPresent(known::add);
        }
        this.redactor = new Redactor(known);
    }

    @Override
    public Optional<String> apiKey(ModelTarget target) {
        if (target.kind() == ProviderKind.ECHO) {
            return Optional.empty();
        }
        if (target.apiKeyEnvar() != null) {
            return value(target.apiKeyEnvar());
        }
        if (target.kind().keyVariable() == null) {
            return Optional.empty();
        }
        Optional<String> usual = value(target.kind().keyVariable());
        return usual.isEmpty() && target.kind() == ProviderKind.GOOGLE ? value("GOOGLE_API_KEY") : usual;
    }

    @Override
    public String redact(String text) {
        return redactor.redact(text);
    }

    private Optional<String> value(String variable) {
        return Optional.ofNullable(environment.apply(variable)).filter(v -> !v.isBlank());
    }
}
