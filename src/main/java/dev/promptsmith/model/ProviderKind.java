package dev.promptsmith.model;

import java.util.Locale;

/** The wire protocols Promptsmith speaks. OpenAI-compatible servers are {@code OPENAI} with a base URL. */
public enum ProviderKind {
    OPENAI("https://api.openai.com/v1", "OPENAI_API_KEY"),
    /** OpenAI's Responses API ({@code POST /responses}): OpenAI's endpoint and keys, another wire. */
    OPENAI_RESPONSES("https://api.openai.com/v1", "OPENAI_API_KEY"),
    ANTHROPIC("https://api.anthropic.com/v1/", "ANTHROPIC_API_KEY"),
    GOOGLE("https://generativelanguage.googleapis.com/v1beta", "GEMINI_API_KEY"),
    OLLAMA("http://localhost:11434", null),
    ECHO(null, null),
    /** Azure OpenAI: a deployment of a resource, OpenAI's wire with an {@code api-key} header and an API version. */
    AZURE(null, "AZURE_API_KEY"),
    /** promptfoo's generic HTTP provider: any URL, the request and the answer as its config says. */
    HTTP(null, null),
    /** promptfoo's {@code exec:COMMAND}: a local command, the prompt among its arguments, its output the answer. */
    EXEC(null, null);

    private final String defaultBaseUrl;
    private final String keyVariable;

    ProviderKind(String defaultBaseUrl, String keyVariable) {
        this.defaultBaseUrl = defaultBaseUrl;
        this.keyVariable = keyVariable;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    /**
     * Whose keys this provider's calls carry: a key entered or set for OpenAI serves both of
     * OpenAI's wires, at the same base URL.
     */
    public String keyKind() {
        return this == OPENAI_RESPONSES ? OPENAI.id() : id();
    }

    /** The environment variable that usually holds this provider's key, or {@code null} when it needs none. */
    public String keyVariable() {
        return keyVariable;
    }
}
