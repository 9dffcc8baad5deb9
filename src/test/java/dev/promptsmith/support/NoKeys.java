package dev.promptsmith.support;

import dev.promptsmith.model.ApiKeyResolver;
import dev.promptsmith.model.ModelTarget;
import java.util.Optional;

/** No keys at all, as on a fresh install without environment variables; nothing to redact. */
public final class NoKeys implements ApiKeyResolver {

    @Override
    public Optional<String> apiKey(ModelTarget target) {
        return Optional.empty();
    }

    @Override
    public String redact(String text) {
        return text;
    }
}
