package dev.promptsmith.prompt;

import dev.promptsmith.shared.Role;

/** One message of a prompt after its variables were filled in. */
public record RenderedMessage(Role role, String text) {
}
