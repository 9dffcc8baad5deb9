package dev.promptsmith.model;

import dev.promptsmith.model.secret.ApiKeys;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Model calls take their keys from the environment and the keys entered in Promptsmith, see {@link ApiKeys}. */
@Component
class StoredApiKeys implements ApiKeyResolver {

    private final ApiKeys keys;
    private final ModelTargetStore targets;

    StoredApiKeys(ApiKeys keys, ModelTargetStore targets) {
        this.keys = keys;
        this.targets = targets;
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
        List<String> variables = targets.all().stream().map(ModelTarget::apiKeyEnvar).filter(Objects::nonNull).toList();
        return keys.redactor(variables).redact(text);
    }
}
