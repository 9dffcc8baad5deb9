package dev.promptsmith.prompt;

import dev.promptsmith.shared.Role;

/**
 * One message of a prompt before rendering.
 *
 * @param line the file line the template text starts on, so template errors can name it
 */
public record MessageTemplate(Role role, String template, int line) {
}
