package dev.promptsmith.model;

/**
 * What to say when a call has no key: where keys for this target may come from. Entered keys
 * belong to one base URL, so a target at another URL (a suite's {@code apiBaseUrl}, say) is told to
 * get a key of its own rather than silently borrowing one.
 */
final class NoKey {

    private NoKey() {
    }

    static String message(ModelTarget target) {
        String url = target.keyDestination().url();
        String variable = target.apiKeyEnvar() != null ? target.apiKeyEnvar() : target.kind().keyVariable();
        String fromEnvironment = target.keyDestination().publicEndpoint() || target.apiKeyEnvar() != null
                ? "set " + variable + ", or enter a key for it on the Models screen"
                : "name its variable with config.apiKeyEnvar, or enter a key for this URL on the Models screen";
        return target.name() + " (" + target.providerId() + "): no API key for " + url + "; " + fromEnvironment;
    }

    /** An authentication failure of a call that went without a key says so, and what to do. */
    static ModelException explain(ModelException failure, ModelTarget target, ApiKeyResolver keys) {
        if (failure.kind() != ModelErrorKind.AUTHENTICATION || target.kind() == ProviderKind.ECHO) {
            return failure;
        }
        boolean sentWithout;
        try {
            sentWithout = keys.apiKey(target).isEmpty();
        } catch (RuntimeException e) {
            return failure;
        }
        if (!sentWithout) {
            return failure;
        }
        return new ModelException(failure.kind(), failure.getMessage() + " — sent without a key: " + message(target),
                failure.httpStatus(), failure.retryAfter().orElse(null));
    }
}
