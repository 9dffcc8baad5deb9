package dev.promptsmith.model;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.TokenUsage;
import dev.promptsmith.model.secret.RefusedKeyVariableException;
import dev.promptsmith.model.secret.UnreadableSecretException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * The model gateway on LangChain4j's providers, plus the built-in echo model and OpenAI's
 * Responses API ({@link OpenAiResponses}). No answer is taken past {@code maxAnswer}: bytes of a
 * blocking answer, characters of a streamed one.
 */
@Service
public class LangChainGateway implements ModelGateway, AutoCloseable {

    /** The default size limit of one answer. */
    public static final DataSize MAX_ANSWER = DataSize.ofMegabytes(4);
    private static final Logger log = LoggerFactory.getLogger(LangChainGateway.class);

    private final ApiKeyResolver keys;
    private final PriceTable prices;
    private final Duration timeout;
    private final long maxAnswer;
    private final ChatModels models;
    private final dev.langchain4j.http.client.HttpClient plainHttp;
    private final OpenAiResponses responses;
    private final java.net.http.HttpClient http = RecordingHttpClient.jdkClient();
    /** Each target's body overlay for requests without parameters of their own: a run's are all such. */
    private final Map<ModelTarget, BodyOverlay> overlays = new java.util.concurrent.ConcurrentHashMap<>();

    public LangChainGateway(ApiKeyResolver keys, PriceTable prices, Duration timeout) {
        this(keys, prices, timeout, MAX_ANSWER);
    }

    @Autowired
    public LangChainGateway(ApiKeyResolver keys, PriceTable prices,
                            @Value("${promptsmith.model.timeout:PT120S}") Duration timeout,
                            @Value("${promptsmith.model.max-answer-size:4MB}") DataSize maxAnswer) {
        if (maxAnswer.toBytes() < 1) {
            throw new IllegalArgumentException("promptsmith.model.max-answer-size must be at least 1 byte, not "
                    + maxAnswer);
        }
        this.keys = keys;
        this.prices = prices;
        this.timeout = timeout;
        this.maxAnswer = maxAnswer.toBytes();
        this.models = new ChatModels(RecordingHttpClient.builder(http, timeout, this.maxAnswer), timeout);
        this.plainHttp = RecordingHttpClient.builder(http, timeout, this.maxAnswer).build();
        this.responses = new OpenAiResponses(plainHttp, prices, this.maxAnswer);
    }

    /**
     * Builds the models of these targets before their first call, so that a run's first calls do
     * not wait for it. A target that cannot be built is left for its calls to report.
     */
    public void prepare(List<ModelTarget> targets) {
        for (ModelTarget target : targets) {
            if (!local(target) && target.kind() != ProviderKind.OPENAI_RESPONSES) {
                try {
                    models.blocking(target, key(target));
                } catch (RuntimeException e) {
                    log.debug("{} is built at its first call: {}", target.name(), e.getMessage());
                }
            }
        }
    }

    /** Stops the HTTP client: calls in flight fail, and no thread of it is left waiting. */
    @Override
    public void close() {
        RecordingHttpClient.shutdown(http);
    }

    @Override
    public ModelResponse call(ModelTarget target, ModelRequest request) {
        return call(target, request, new CallRecord(keys::redact));
    }

    @Override
    public ModelCall submit(ModelTarget target, ModelRequest request) {
        CompletableFuture<ModelResponse> result = new CompletableFuture<>();
        CallRecord record = new CallRecord(keys::redact);
        Thread.startVirtualThread(() -> {
            try {
                result.complete(call(target, request, record));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return call(result, record, target);
    }

    private ModelResponse call(ModelTarget target, ModelRequest request, CallRecord record) {
        long start = System.nanoTime();
        if (target.kind() == ProviderKind.ECHO) {
            return EchoModel.answer(request, token -> { }, start);
        }
        if (target.kind() == ProviderKind.HTTP || target.kind() == ProviderKind.EXEC) {
            return plain(target, request, record, start);
        }
        try {
            if (target.kind() == ProviderKind.OPENAI_RESPONSES) {
                return responses.call(target, request, key(target), record);
            }
            ChatModel model = models.blocking(target, key(target));
            ChatRequest chatRequest = ProviderModels.request(target, request);
            record.overlay(overlay(target, request));
            ChatResponse response = RecordingHttpClient.recording(record, () -> model.chat(chatRequest));
            return response(target, request, response, start, null, record);
        } catch (RuntimeException e) {
            throw failure(target, e, record);
        }
    }

    @Override
    public ModelCall stream(ModelTarget target, ModelRequest request, Consumer<String> onToken) {
        long start = System.nanoTime();
        CompletableFuture<ModelResponse> result = new CompletableFuture<>();
        CallRecord record = new CallRecord(keys::redact);
        Consumer<String> safeOnToken = token -> {
            try {
                onToken.accept(token);
            } catch (RuntimeException e) {
                log.warn("A listener of {} failed on a token: {}", target.name(), e.toString());
            }
        };
        if (target.kind() == ProviderKind.ECHO) {
            Thread.startVirtualThread(() -> result.complete(EchoModel.answer(request, safeOnToken, start)));
            return call(result, record, target);
        }
        if (target.kind() == ProviderKind.HTTP || target.kind() == ProviderKind.EXEC) {
            // the answer comes whole: it is the one token
            Thread.startVirtualThread(() -> {
                try {
                    ModelResponse response = plain(target, request, record, start);
                    safeOnToken.accept(response.text());
                    result.complete(response);
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            });
            return call(result, record, target);
        }
        if (target.kind() == ProviderKind.OPENAI_RESPONSES) {
            try {
                responses.stream(target, request, key(target), record, safeOnToken).whenComplete((response, error) -> {
                    if (error == null) {
                        result.complete(response);
                    } else {
                        Throwable cause = error instanceof CompletionException && error.getCause() != null
                                ? error.getCause() : error;
                        result.completeExceptionally(failure(target, cause, record));
                    }
                });
            } catch (RuntimeException e) {
                result.completeExceptionally(failure(target, e, record));
            }
            return call(result, record, target);
        }
        AtomicLong firstToken = new AtomicLong();
        LongAdder characters = new LongAdder();
        try {
            ChatRequest chatRequest = ProviderModels.request(target, request);
            record.overlay(overlay(target, request));
            StreamingChatModel model = models.streaming(target, key(target));
            StreamingChatResponseHandler handler = new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String token) {
                    firstToken.compareAndSet(0, System.nanoTime());
                    characters.add(token.length());
                    if (characters.sum() > maxAnswer) {
                        // the text so far stays with the listener; the rest is not read
                        record.tooLarge();
                        result.completeExceptionally(ErrorClassifier.tooLarge(target, maxAnswer));
                        return;
                    }
                    safeOnToken.accept(token);
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    long first = firstToken.get();
                    result.complete(response(target, request, response, start,
                            first == 0 ? null : Duration.ofNanos(first - start), record));
                }

                @Override
                public void onError(Throwable error) {
                    result.completeExceptionally(failure(target, error, record));
                }
            };
            RecordingHttpClient.recording(record, () -> {
                model.chat(chatRequest, handler);
                return null;
            });
        } catch (RuntimeException e) {
            result.completeExceptionally(failure(target, e, record));
        }
        return call(result, record, target);
    }

    /** Whether the target's calls are not LangChain4j's: no model to build, no key to carry. */
    private static boolean local(ModelTarget target) {
        return target.kind() == ProviderKind.ECHO || target.kind() == ProviderKind.HTTP
                || target.kind() == ProviderKind.EXEC;
    }

    /** A call of promptfoo's generic HTTP provider on the recording client, or of an exec: command. */
    private ModelResponse plain(ModelTarget target, ModelRequest request, CallRecord record, long start) {
        try {
            String text = target.kind() == ProviderKind.EXEC
                    ? ExecProvider.call(target, request, record, timeout, maxAnswer)
                    : RecordingHttpClient.recording(record, () -> HttpProvider.call(target, request, plainHttp));
            int tokensIn = request.messages().stream().mapToInt(m -> TokenCounter.estimate(m.text())).sum();
            int tokensOut = TokenCounter.estimate(text);
            return new ModelResponse(text, FinishReason.STOP, tokensIn, tokensOut, true,
                    Duration.ofNanos(System.nanoTime() - start), null, null, null, record.exchange());
        } catch (RuntimeException e) {
            throw failure(target, e, record);
        }
    }

    private static ModelCall call(CompletableFuture<ModelResponse> result, CallRecord record, ModelTarget target) {
        return ModelCall.of(target, result, record::cancel);
    }

    private ModelResponse response(ModelTarget target, ModelRequest request, ChatResponse response, long start,
                                   Duration firstToken, CallRecord record) {
        Duration latency = Duration.ofNanos(System.nanoTime() - start);
        boolean openAi = target.kind() == ProviderKind.OPENAI || target.kind() == ProviderKind.AZURE;
        String body = openAi ? record.bodyText() : "";
        String text = OpenAiBody.functionCallOutput(body, target.kind() == ProviderKind.OPENAI)
                .orElseGet(() -> ToolCallOutput.text(target.kind(), response.aiMessage()));
        TokenUsage usage = response.tokenUsage();
        boolean estimated = usage == null || usage.inputTokenCount() == null || usage.outputTokenCount() == null;
        int tokensIn = estimated
                ? request.messages().stream().mapToInt(m -> TokenCounter.estimate(m.text())).sum()
                : usage.inputTokenCount();
        int tokensOut = estimated ? TokenCounter.estimate(text) : usage.outputTokenCount();
        return new ModelResponse(text, ProviderModels.finishReason(response.finishReason()), tokensIn, tokensOut,
                estimated, latency, firstToken, prices.cost(target, tokensIn, tokensOut), response.id(),
                record.exchange(), OpenAiBody.logProbs(body));
    }

    private ModelException failure(ModelTarget target, Throwable error, CallRecord record) {
        ModelException failure = NoKey.explain(ErrorClassifier.classify(target, error, record, maxAnswer), target,
                keys);
        log.info("Model call failed: {}", failure.getMessage());
        return failure;
    }

    @Override
    public String keyIdentity(ModelTarget target) {
        if (local(target)) {
            return "";
        }
        try {
            return keys.apiKey(target).map(KeyIdentity::of).orElse("");
        } catch (RuntimeException e) {
            // the call itself reports why it has no key; such a call is never cached
            return "unusable";
        }
    }

    /** The fields of the target's config this request's body gets, laid out once per target where they can be. */
    private BodyOverlay overlay(ModelTarget target, ModelRequest request) {
        boolean ownParameters = request.temperature() != null || request.topP() != null || request.maxTokens() != null
                || request.seed() != null || !request.stop().isEmpty();
        return ownParameters ? RequestBody.overlay(target, request)
                : overlays.computeIfAbsent(target, t -> RequestBody.overlay(t, request));
    }

    private String key(ModelTarget target) {
        Optional<String> key;
        try {
            key = keys.apiKey(target);
        } catch (RefusedKeyVariableException | UnreadableSecretException e) {
            throw new ModelException(ModelErrorKind.AUTHENTICATION, target.name() + " (" + target.providerId()
                    + "): " + e.getMessage());
        }
        return key.orElseGet(() -> {
            if (target.needsKey()) {
                throw new ModelException(ModelErrorKind.AUTHENTICATION, NoKey.message(target));
            }
            return null;
        });
    }

}
