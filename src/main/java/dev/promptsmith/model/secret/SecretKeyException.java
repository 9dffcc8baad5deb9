package dev.promptsmith.model.secret;

/**
 * The master key cannot be had: the environment variable or the key file is unusable. The
 * message names the variable or file and what to do; it never contains key material.
 */
public class SecretKeyException extends RuntimeException {

    SecretKeyException(String message) {
        super(message);
    }

    SecretKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
