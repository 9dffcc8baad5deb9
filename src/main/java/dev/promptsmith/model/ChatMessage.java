package dev.promptsmith.model;

import dev.promptsmith.prompt.Role;

/** One message sent to a model. */
public record ChatMessage(Role role, String text) {
}
