package dev.promptsmith.model.secret;

/**
 * A stored secret cannot be decrypted: it was encrypted under another master key, belongs to
 * another name, or was changed in the database. The message names the secret, never its value;
 * the way out is to enter the secret again.
 */
public class UnreadableSecretException extends RuntimeException {

    private final String name;

    UnreadableSecretException(String name, String reason, Throwable cause) {
        super("The secret \"" + name + "\" cannot be read: " + reason + ". Enter it again.", cause);
        this.name = name;
    }

    public String name() {
        return name;
    }
}
