package dev.promptsmith.model;

import dev.promptsmith.model.secret.ApiKeys;
import dev.promptsmith.model.secret.KeyVariables;
import dev.promptsmith.model.secret.Redactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Keys from environment variables only, for the command line, which runs without the database of
 * entered keys: the target's {@code apiKeyEnvar} (when {@link KeyVariables} lets it be read), else
 * the provider's usual variable, for its public endpoint only.
 */
public final class EnvironmentApiKeys implements ApiKeyResolver {

    private final ApiKeys keys;
    private final Redactor redactor;

    public EnvironmentApiKeys(UnaryOperator<String> environment, List<ModelTarget> targets) {
        this.keys = ApiKeys.environmentOnly(environment,
                KeyVariables.allowing(environment.apply(KeyVariables.VARIABLE)));
        List<String> variables = new ArrayList<>();
        for (ModelTarget target : targets) {
            if (target.apiKeyEnvar() != null) {
                variables.add(target.apiKeyEnvar());
            }
        }
        this.redactor = keys.redactor(variables);
    }

    @Override
    public Optional<String> apiKey(ModelTarget target) {
        if (target.kind() == ProviderKind.ECHO) {
            return Optional.empty();
        }
        return keys.forDestination(target.keyDestination(), target.apiKeyEnvar());
    }

    @Override
    public String redact(String text) {
        return redactor.redact(text);
    }
}
