/**
 * API keys and other secrets: entered ones are kept in the database encrypted with AES-256-GCM
 * (a fresh IV per value, the secret's name bound as associated data) under a master key that
 * comes from {@code PROMPTSMITH_SECRET_KEY} or from an owner-only {@code secret.key} file in the
 * data folder, never from the database itself; keys for a provider are resolved from what was
 * entered first and the environment after; and every place that shows text which may carry a key
 * (masked values, raw requests and responses, error messages) goes through a redactor, so a clear
 * key is never shown or logged.
 */
package dev.promptsmith.model.secret;
