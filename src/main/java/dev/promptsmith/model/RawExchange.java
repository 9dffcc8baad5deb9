package dev.promptsmith.model;

/** The HTTP request and response of a model call as text, secrets already redacted. */
public record RawExchange(String request, String response) {

    public static final RawExchange NONE = new RawExchange("", "");
}
