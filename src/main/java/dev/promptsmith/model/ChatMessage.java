package dev.promptsmith.model;

import dev.promptsmith.shared.Role;

/** One message sent to a model. */
public record ChatMessage(Role role, String text) {
}
