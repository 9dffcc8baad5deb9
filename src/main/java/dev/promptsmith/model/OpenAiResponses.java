package dev.promptsmith.model;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpMethod;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.sse.DefaultServerSentEventParser;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.promptsmith.shared.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Calls of {@code openai:responses:MODEL}: OpenAI's Responses API on the recording HTTP client.
 * LangChain4j's Responses models build their own {@code input} and options, so the body here is
 * promptfoo's ({@link ResponsesBody}) and the answer is read as promptfoo reads it
 * ({@link ResponsesAnswer}). A stream's text arrives in {@code response.output_text.delta} events,
 * the whole answer in the last event's {@code response}.
 */
final class OpenAiResponses {

    private final HttpClient http;
    private final PriceTable prices;
    private final long maxAnswer;

    OpenAiResponses(HttpClient http, PriceTable prices, long maxAnswer) {
        this.http = http;
        this.prices = prices;
        this.maxAnswer = maxAnswer;
    }

    /** A blocking call; a config that asks for {@code stream} is streamed, as promptfoo does, and waited for. */
    ModelResponse call(ModelTarget target, ModelRequest request, String key, CallRecord record) {
        long start = System.nanoTime();
        if (Boolean.TRUE.equals(target.parameters().get("stream"))) {
            try {
                ModelResponse streamed = stream(target, request, key, record, token -> { }).join();
                return new ModelResponse(streamed.text(), streamed.finishReason(), streamed.tokensIn(),
                        streamed.tokensOut(), streamed.tokensEstimated(), streamed.latency(), null, streamed.costUsd(),
                        streamed.responseId(), streamed.exchange());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        String body = RecordingHttpClient.recording(record,
                () -> http.execute(request(target, request, key, false)).body());
        return response(target, request, Json.readObject(body), start, null, record);
    }

    /**
     * A streamed call: each piece of text goes to {@code onToken} as it comes. The future fails with
     * what went wrong, unclassified; no text past the answer size limit is passed on.
     */
    CompletableFuture<ModelResponse> stream(ModelTarget target, ModelRequest request, String key, CallRecord record,
                                            Consumer<String> onToken) {
        long start = System.nanoTime();
        CompletableFuture<ModelResponse> result = new CompletableFuture<>();
        AtomicLong firstToken = new AtomicLong();
        AtomicLong characters = new AtomicLong();
        AtomicReference<Map<String, Object>> last = new AtomicReference<>();
        StringBuilder text = new StringBuilder();
        ServerSentEventListener listener = new ServerSentEventListener() {
            @Override
            public void onEvent(ServerSentEvent event) {
                if (result.isDone() || event.data() == null || !event.data().strip().startsWith("{")) {
                    return;
                }
                Map<String, Object> data = Json.readObject(event.data());
                if ("error".equals(data.get("type"))) {
                    Map<?, ?> error = data.get("error") instanceof Map<?, ?> e ? e : data;
                    result.completeExceptionally(new IllegalStateException("streaming response error"
                            + (error.get("code") == null ? "" : " (" + error.get("code") + ")") + ": "
                            + (error.get("message") == null ? "unknown stream error" : error.get("message"))));
                    return;
                }
                if (data.get("response") instanceof Map<?, ?> response) {
                    last.set(strings(response));
                } else if (data.get("output") instanceof List<?>) {
                    last.set(data);
                }
                if ("response.output_text.delta".equals(data.get("type")) && data.get("delta") instanceof String delta) {
                    firstToken.compareAndSet(0, System.nanoTime());
                    if (characters.addAndGet(delta.length()) > maxAnswer) {
                        record.tooLarge();
                        result.completeExceptionally(ErrorClassifier.tooLarge(target, maxAnswer));
                        return;
                    }
                    text.append(delta);
                    onToken.accept(delta);
                }
            }

            @Override
            public void onError(Throwable error) {
                result.completeExceptionally(error);
            }

            @Override
            public void onClose() {
                if (result.isDone()) {
                    return;
                }
                Map<String, Object> answer = last.get();
                if (answer == null && text.isEmpty()) {
                    result.completeExceptionally(new IllegalStateException(
                            "the streamed answer ended without its response"));
                    return;
                }
                if (answer != null && ("in_progress".equals(answer.get("status"))
                        || "queued".equals(answer.get("status")))) {
                    result.completeExceptionally(new IllegalStateException(
                            "the stream ended before the answer was complete"));
                    return;
                }
                if (answer == null) {
                    answer = Map.of("output", List.of(Map.of("type", "message", "role", "assistant",
                            "content", List.of(Map.of("type", "output_text", "text", text.toString())))));
                }
                long first = firstToken.get();
                try {
                    result.complete(response(target, request, answer, start,
                            first == 0 ? null : Duration.ofNanos(first - start), record));
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            }
        };
        try {
            RecordingHttpClient.recording(record, () -> {
                http.execute(request(target, request, key, true), new DefaultServerSentEventParser(), listener);
                return null;
            });
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
        return result;
    }

    private static HttpRequest request(ModelTarget target, ModelRequest request, String key, boolean stream) {
        String base = target.effectiveBaseUrl().replaceFirst("/+$", "");
        HttpRequest.Builder builder = HttpRequest.builder().method(HttpMethod.POST).url(base + "/responses")
                .addHeader("Content-Type", "application/json")
                .body(Json.write(ResponsesBody.of(target, request, stream)));
        if (key != null) {
            builder.addHeader("Authorization", "Bearer " + key);
        }
        return builder.build();
    }

    private ModelResponse response(ModelTarget target, ModelRequest request, Map<String, Object> data, long start,
                                   Duration firstToken, CallRecord record) {
        ResponsesAnswer answer = ResponsesAnswer.of(data, Boolean.TRUE.equals(target.parameters().get("stream")));
        boolean estimated = answer.tokensIn() == null || answer.tokensOut() == null;
        int tokensIn = estimated ? request.messages().stream().mapToInt(m -> TokenCounter.estimate(m.text())).sum()
                : answer.tokensIn();
        int tokensOut = estimated ? TokenCounter.estimate(answer.text()) : answer.tokensOut();
        return new ModelResponse(answer.text(), answer.finishReason(), tokensIn, tokensOut, estimated,
                Duration.ofNanos(System.nanoTime() - start), firstToken, prices.cost(target, tokensIn, tokensOut),
                answer.id(), record.exchange());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> strings(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
