package dev.promptsmith.model;

import java.util.Optional;

/** Where model calls get their keys from, and how text is cleaned of every key before it is shown or logged. */
public interface ApiKeyResolver {

    Optional<String> apiKey(ModelTarget target);

    /** The text with every known key, and anything shaped like a credential, replaced. */
    String redact(String text);
}
