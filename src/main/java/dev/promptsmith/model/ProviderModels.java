package dev.promptsmith.model;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiStreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiChatRequestParameters;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Builds LangChain4j chat models for a target, on our recording HTTP client, with
 * LangChain4j's own retries switched off (retrying is the run engine's decision, not the
 * client's), and turns our request into LangChain4j's.
 */
final class ProviderModels {

    /** Anthropic requires a token limit on every request; this one applies when nobody set one. */
    static final int ANTHROPIC_DEFAULT_MAX_TOKENS = 4096;

    private ProviderModels() {
    }

    static ChatModel blocking(ModelTarget target, String key, HttpClientBuilder http, Duration timeout) {
        String url = target.effectiveBaseUrl();
        return switch (target.kind()) {
            case OPENAI -> OpenAiChatModel.builder().httpClientBuilder(http).baseUrl(url).apiKey(key)
                    .modelName(target.modelName()).maxRetries(0).timeout(timeout).build();
            case ANTHROPIC -> AnthropicChatModel.builder().httpClientBuilder(http).baseUrl(url).apiKey(key)
                    .modelName(target.modelName()).maxTokens(ANTHROPIC_DEFAULT_MAX_TOKENS).maxRetries(0)
                    .timeout(timeout).build();
            case GOOGLE -> GoogleAiGeminiChatModel.builder().httpClientBuilder(http).baseUrl(url).apiKey(key)
                    .modelName(target.modelName()).maxRetries(0).timeout(timeout).build();
            case OLLAMA -> OllamaChatModel.builder().httpClientBuilder(http).baseUrl(url)
                    .modelName(target.modelName()).maxRetries(0).timeout(timeout).build();
            case AZURE -> OpenAiChatModel.builder().httpClientBuilder(http).baseUrl(azureUrl(target))
                    .customHeaders(azureHeaders(key)).customQueryParams(azureQuery(target))
                    .modelName(target.modelName()).maxRetries(0).timeout(timeout).build();
            case ECHO, HTTP, EXEC, OPENAI_RESPONSES -> throw new IllegalArgumentException(target.kind().id()
                    + " calls are not LangChain4j's");
        };
    }

    static StreamingChatModel streaming(ModelTarget target, String key, HttpClientBuilder http, Duration timeout) {
        String url = target.effectiveBaseUrl();
        return switch (target.kind()) {
            case OPENAI -> OpenAiStreamingChatModel.builder().httpClientBuilder(http).baseUrl(url).apiKey(key)
                    .modelName(target.modelName()).timeout(timeout).build();
            case ANTHROPIC -> AnthropicStreamingChatModel.builder().httpClientBuilder(http).baseUrl(url).apiKey(key)
                    .modelName(target.modelName()).maxTokens(ANTHROPIC_DEFAULT_MAX_TOKENS).timeout(timeout).build();
            case GOOGLE -> GoogleAiGeminiStreamingChatModel.builder().httpClientBuilder(http).baseUrl(url).apiKey(key)
                    .modelName(target.modelName()).timeout(timeout).build();
            case OLLAMA -> OllamaStreamingChatModel.builder().httpClientBuilder(http).baseUrl(url)
                    .modelName(target.modelName()).timeout(timeout).build();
            case AZURE -> OpenAiStreamingChatModel.builder().httpClientBuilder(http).baseUrl(azureUrl(target))
                    .customHeaders(azureHeaders(key)).customQueryParams(azureQuery(target))
                    .modelName(target.modelName()).timeout(timeout).build();
            case ECHO, HTTP, EXEC, OPENAI_RESPONSES -> throw new IllegalArgumentException(target.kind().id()
                    + " calls are not LangChain4j's");
        };
    }

    /** promptfoo's Azure API version when the config names none. */
    static final String AZURE_API_VERSION = "2024-12-01-preview";

    private static String azureUrl(ModelTarget target) {
        return target.effectiveBaseUrl() + "/openai/deployments/" + target.modelName();
    }

    /** Azure takes its key in an {@code api-key} header, not as a bearer token. */
    private static Map<String, String> azureHeaders(String key) {
        return key == null ? Map.of() : Map.of("api-key", key);
    }

    private static Map<String, String> azureQuery(ModelTarget target) {
        Object version = target.parameters().get("apiVersion");
        return Map.of("api-version", version == null ? AZURE_API_VERSION : version.toString());
    }

    /** Our request with the target's defaults filled in, as LangChain4j's request. */
    static ChatRequest request(ModelTarget target, ModelRequest request) {
        Map<String, Object> defaults = target.parameters();
        Double temperature = request.temperature() != null ? request.temperature() : number(defaults.get("temperature"));
        Double topP = request.topP() != null ? request.topP() : number(defaults.get("top_p"));
        Integer maxTokens = request.maxTokens() != null ? request.maxTokens() : integer(defaults.get("max_tokens"));
        Integer seed = request.seed() != null ? request.seed() : integer(defaults.get("seed"));
        List<String> stop = !request.stop().isEmpty() ? request.stop() : strings(defaults.get("stop"));
        // Anthropic has no JSON mode; there the prompt itself has to ask for JSON
        ResponseFormat format = request.json() && target.kind() != ProviderKind.ANTHROPIC ? ResponseFormat.JSON : null;
        ChatRequestParameters parameters = target.kind() == ProviderKind.OPENAI || target.kind() == ProviderKind.AZURE
                ? OpenAiChatRequestParameters.builder().temperature(temperature).topP(topP).maxOutputTokens(maxTokens)
                        .stopSequences(stop.isEmpty() ? null : stop).seed(seed).responseFormat(format).build()
                : ChatRequestParameters.builder().temperature(temperature).topP(topP).maxOutputTokens(maxTokens)
                        .stopSequences(stop.isEmpty() ? null : stop).responseFormat(format).build();
        return ChatRequest.builder()
                .messages(request.messages().stream().map(ProviderModels::message).toList())
                .parameters(parameters)
                .build();
    }

    private static dev.langchain4j.data.message.ChatMessage message(ChatMessage message) {
        return switch (message.role()) {
            case SYSTEM -> SystemMessage.from(message.text());
            case USER -> UserMessage.from(message.text());
            case ASSISTANT -> AiMessage.from(message.text());
        };
    }

    static FinishReason finishReason(dev.langchain4j.model.output.FinishReason reason) {
        if (reason == null) {
            return FinishReason.OTHER;
        }
        return switch (reason) {
            case STOP -> FinishReason.STOP;
            case LENGTH -> FinishReason.LENGTH;
            case CONTENT_FILTER -> FinishReason.CONTENT_FILTER;
            case TOOL_EXECUTION -> FinishReason.TOOL;
            default -> FinishReason.OTHER;
        };
    }

    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : value instanceof String s && !s.isBlank()
                ? Double.valueOf(s) : null;
    }

    private static Integer integer(Object value) {
        Double number = number(value);
        return number == null ? null : number.intValue();
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
