package dev.promptsmith.shared;

import java.util.Locale;
import java.util.Optional;

/** Who speaks a message of a chat prompt. */
public enum Role {
    SYSTEM, USER, ASSISTANT;

    /** The name as written in a Prompty body and in chat APIs. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role a Prompty body or a chat API names, in any case. */
    public static Optional<Role> fromWireName(String name) {
        for (Role role : values()) {
            if (role.wireName().equalsIgnoreCase(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
