/**
 * Models: one gateway for every provider (OpenAI and compatible servers, OpenAI's Responses
 * API, Anthropic, Gemini, Ollama, and a built-in echo model), blocking and streaming, with honest numbers (tokens,
 * latency, time to first token, cost) and failures of a small set of kinds. Providers are
 * named with promptfoo's ids so suites move between the tools. Provider calls go through
 * LangChain4j over an HTTP client of ours, which records the raw exchange and the headers
 * (Retry-After) that typed errors need; the Responses API, whose body must be promptfoo's, is
 * called on that client directly.
 */
package dev.promptsmith.model;
