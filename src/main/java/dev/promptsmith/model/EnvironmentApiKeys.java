package dev.promptsmith.model;

import java.util.Optional;
import java.util.function.UnaryOperator;

/** Keys from the provider's usual environment variables only; replaced by the stored keys when those exist. */
final class EnvironmentApiKeys implements ApiKeyResolver {

    private final UnaryOperator<String> environment;

    EnvironmentApiKeys(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    @Override
    public Optional<String> apiKey(ModelTarget target) {
        String variable = target.apiKeyEnvar() != null ? target.apiKeyEnvar() : target.kind().keyVariable();
        return variable == null ? Optional.empty() : Optional.ofNullable(environment.apply(variable))
                .filter(value -> !value.isBlank());
    }

    @Override
    public String redact(String text) {
        return text;
    }
}
