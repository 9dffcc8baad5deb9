package dev.promptsmith.prompt;

/** One message of a prompt after its variables were filled in. */
public record RenderedMessage(Role role, String text) {
}
