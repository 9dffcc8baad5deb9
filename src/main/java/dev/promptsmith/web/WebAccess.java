package dev.promptsmith.web;

import java.util.Optional;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The admin password the operator set, if any. With one, every page asks to sign in as {@value #USER_NAME}
 * and the server may listen beyond this machine; without one, nobody signs in and it may not. The
 * password itself never leaves this class: only its hash does.
 */
public final class WebAccess {

    /** The one account of the single-password sign-in. */
    public static final String USER_NAME = "admin";
    static final int MINIMUM_PASSWORD_LENGTH = 12;
    static final String SETTING = "promptsmith.admin-password (or the environment variable PROMPTSMITH_ADMIN_PASSWORD)";

    private final String password;

    WebAccess(String password) {
        if (password == null || password.isBlank()) {
            this.password = null;
            return;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MINIMUM_PASSWORD_LENGTH) {
            throw new UnsafeExposureException("The admin password set in " + SETTING + " is " + length
                    + " characters long: too short to guard a server that others can reach.",
                    "Set an admin password of at least " + MINIMUM_PASSWORD_LENGTH + " characters, or remove it to "
                            + "keep Promptsmith on this machine without sign-in.");
        }
        this.password = password;
    }

    /** Whether every page asks to sign in first. */
    public boolean signInRequired() {
        return password != null;
    }

    /** The account that may sign in, its password hashed; empty when sign-in is off. */
    public Optional<UserDetails> adminAccount() {
        if (password == null) {
            return Optional.empty();
        }
        return Optional.of(User.withUsername(USER_NAME)
                .password(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password))
                .roles("ADMIN")
                .build());
    }

    @Override
    public String toString() {
        return signInRequired() ? "WebAccess[sign-in as " + USER_NAME + "]" : "WebAccess[open, this machine only]";
    }
}
