package dev.promptsmith.simulator;

/** The wire formats the simulator speaks. */
public enum Api {
    OPENAI, ANTHROPIC, GEMINI, OLLAMA,
    /** OpenAI's Responses API. */
    RESPONSES
}
