package dev.promptsmith.model.secret;

/** An {@code apiKeyEnvar} names a variable that does not look like an API key, so it is not read. */
public class RefusedKeyVariableException extends RuntimeException {

    RefusedKeyVariableException(String name) {
        super("apiKeyEnvar '" + name + "' is not read: only variables whose names end in _API_KEY or _TOKEN "
                + "are sent to a model, or those listed in " + KeyVariables.SETTING + " (environment variable "
                + KeyVariables.VARIABLE + ")");
    }
}
