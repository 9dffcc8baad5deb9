package dev.promptsmith.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.promptsmith.model.secret.Redactor;
import dev.promptsmith.shared.Role;
import dev.promptsmith.simulator.LlmSimulator;
import dev.promptsmith.simulator.Reply;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same contract for every provider kind, over real HTTP against the simulator speaking
 * that provider's wire format: blocking, streaming, usage, finish reason, every error mapped
 * to its kind, time-outs, cancellation, and the key sent but never shown.
 */
abstract class ProviderContractTest {

    static final String KEY = "sk-contract-test-key-0123456789";
    static final String MODEL = "sim-model";

    static LlmSimulator simulator;

    LangChainGateway gateway;

    /** The target of this provider kind pointing at the simulator. */
    abstract ModelTarget target(String baseUrl);

    abstract String baseUrl(LlmSimulator simulator);

    @BeforeAll
    static void startSimulator() {
        simulator = LlmSimulator.start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @BeforeEach
    void setUp() {
        simulator.reset();
        gateway = new LangChainGateway(keys(), new PriceTable(), Duration.ofSeconds(3));
    }

    /** The keys the gateway uses; the key is the same for every provider. */
    ApiKeyResolver keys() {
        return new FixedKey(KEY);
    }

    ModelTarget target() {
        return target(baseUrl(simulator));
    }

    static ModelRequest request() {
        return ModelRequest.of(List.of(new ChatMessage(Role.SYSTEM, "Be brief."),
                new ChatMessage(Role.USER, "Say hello.")));
    }

    @Test
    void aBlockingCallReturnsTextUsageAndFinishReason() {
        simulator.replyFor(MODEL, Reply.text("Hello there, friend.").usage(12, 4));

        ModelResponse response = gateway.call(target(), request());

        assertThat(response.text()).isEqualTo("Hello there, friend.");
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.tokensIn()).isEqualTo(12);
        assertThat(response.tokensOut()).isEqualTo(4);
        assertThat(response.tokensEstimated()).isFalse();
        assertThat(response.timeToFirstToken()).isNull();
        assertThat(simulator.callCount()).isEqualTo(1);
        assertThat(simulator.requests().getFirst().body()).contains("Say hello.").contains("Be brief.");
    }

    @Test
    void aStreamedCallDeliversEveryTokenInOrder() throws Exception {
        simulator.replyFor(MODEL, Reply.text("one two three four").usage(9, 4));
        List<String> tokens = new CopyOnWriteArrayList<>();

        ModelResponse response = gateway.stream(target(), request(), tokens::add).result().get(10, TimeUnit.SECONDS);

        assertThat(String.join("", tokens)).isEqualTo("one two three four");
        assertThat(tokens).hasSizeGreaterThan(1);
        assertThat(response.text()).isEqualTo("one two three four");
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.tokensOut()).isEqualTo(4);
        assertThat(response.timeToFirstToken()).isNotNull().isLessThanOrEqualTo(response.latency());
        assertThat(simulator.requests().getFirst().stream()).isTrue();
    }

    @Test
    void aSmallTokenLimitGivesFinishReasonLength() throws Exception {
        simulator.replyFor(MODEL, Reply.text("one two three four five six"));

        ModelResponse blocking = gateway.call(target(), request().withMaxTokens(2));
        ModelResponse streamed = gateway.stream(target(), request().withMaxTokens(2), token -> { })
                .result().get(10, TimeUnit.SECONDS);

        assertThat(blocking.finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(blocking.truncated()).isTrue();
        assertThat(blocking.text()).isEqualTo("one two ");
        assertThat(streamed.finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(streamed.text()).isEqualTo("one two ");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void eachHttpErrorMapsToItsKind(boolean streaming) {
        assertFailure(streaming, Reply.error(401, "invalid api key"), ModelErrorKind.AUTHENTICATION);
        assertFailure(streaming, Reply.error(500, "the model crashed"), ModelErrorKind.SERVER_ERROR);
        assertFailure(streaming, Reply.error(400, "bad temperature"), ModelErrorKind.BAD_REQUEST);
        assertFailure(streaming, Reply.error(400, "context_length_exceeded: the prompt is too long"),
                ModelErrorKind.CONTEXT_TOO_LONG);
        ModelException limited = assertFailure(streaming, Reply.error(429, "slow down").retryAfter(Duration.ofSeconds(7)),
                ModelErrorKind.RATE_LIMITED);
        assertThat(limited.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(limited.httpStatus()).isEqualTo(429);
        assertThat(limited.getMessage()).contains(target().name()).contains("slow down");
    }

    @Test
    void aServerThatDoesNotAnswerTimesOut() {
        // the server stays silent eight times longer than this time-out: waiting the usual 3 s would prove no more
        simulator.replyFor(MODEL, Reply.hang(Duration.ofSeconds(8)));

        try (LangChainGateway impatient = new LangChainGateway(keys(), new PriceTable(), Duration.ofSeconds(1))) {
            assertThatThrownBy(() -> impatient.call(target(), request()))
                    .isInstanceOfSatisfying(ModelException.class,
                            e -> assertThat(e.kind()).isEqualTo(ModelErrorKind.TIMEOUT));
        }
    }

    @Test
    void aServerThatIsNotThereIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        int port = java.net.URI.create(simulator.baseUrl()).getPort();
        ModelTarget nowhere = target(baseUrl(simulator).replace(":" + port, ":" + closedPort));

        assertThatThrownBy(() -> gateway.call(nowhere, request()))
                .isInstanceOfSatisfying(ModelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ModelErrorKind.UNREACHABLE);
                    assertThat(e.getMessage()).contains(String.valueOf(closedPort));
                });
    }

    @Test
    void cancellingStopsTheStream() throws Exception {
        simulator.replyFor(MODEL, Reply.text("a b c d e f g h i j k l m n o p").tokenDelay(Duration.ofMillis(150)));
        List<String> tokens = new CopyOnWriteArrayList<>();
        ModelGateway.ModelCall call = gateway.stream(target(), request(), tokens::add);
        long deadline = System.currentTimeMillis() + 10_000;
        while (tokens.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }

        call.cancel();

        assertThatThrownBy(() -> call.result().get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(ModelException.class,
                        e -> assertThat(e.kind()).isEqualTo(ModelErrorKind.CANCELLED));
        int seen = tokens.size();
        Thread.sleep(500);
        assertThat(tokens).hasSize(seen).hasSizeLessThan(16);
    }

    @Test
    void anAnswerOverTheSizeLimitFailsAsTooLargeBlockingAndStreamed() throws Exception {
        // given: a limit of 64 KB and an answer of 1 MB in 4 KB pieces
        LangChainGateway limited = new LangChainGateway(keys(), new PriceTable(), Duration.ofSeconds(3),
                org.springframework.util.unit.DataSize.ofKilobytes(64));
        String piece = "x".repeat(4095) + " ";
        Reply huge = Reply.text("x").tokens(java.util.Collections.nCopies(256, piece));
        simulator.replyFor(MODEL, huge);
        StringBuilder streamed = new StringBuilder();

        // when
        Throwable blocking = catchThrowable(() -> limited.call(target(), request()));
        Throwable stream = catchThrowable(() -> limited.stream(target(), request(), streamed::append)
                .result().get(10, TimeUnit.SECONDS));

        // then: the same error, and the stream gave no more than the limit
        assertThat(blocking).isInstanceOfSatisfying(ModelException.class, e -> {
            assertThat(e.kind()).isEqualTo(ModelErrorKind.ANSWER_TOO_LARGE);
            assertThat(e.getMessage()).contains("the answer is over 64 KB").contains("promptsmith.model.max-answer-size");
        });
        assertThat(stream).isInstanceOf(ExecutionException.class).cause().isInstanceOfSatisfying(ModelException.class,
                e -> assertThat(e.kind()).isEqualTo(ModelErrorKind.ANSWER_TOO_LARGE));
        assertThat(streamed.length()).isPositive().isLessThanOrEqualTo(64 * 1024);
        limited.close();
    }

    @Test
    void theRawExchangeShowsTheRequestButNeverTheKey() {
        simulator.replyFor(MODEL, Reply.text("fine"));

        ModelResponse response = gateway.call(target(), request());

        assertThat(response.exchange().request()).contains("Say hello.").doesNotContain(KEY);
        assertThat(response.exchange().response()).contains("fine").doesNotContain(KEY);
    }

    @Test
    void errorMessagesNeverCarryTheKey() {
        simulator.replyFor(MODEL, Reply.error(401, "Incorrect API key provided: " + KEY));

        assertThatThrownBy(() -> gateway.call(target(), request()))
                .isInstanceOfSatisfying(ModelException.class, e -> {
                    assertThat(e.getMessage()).doesNotContain(KEY);
                    assertThat(e.toString()).doesNotContain(KEY);
                });
    }

    private ModelException assertFailure(boolean streaming, Reply reply, ModelErrorKind expected) {
        simulator.reset();
        simulator.replyFor(MODEL, reply);
        Throwable failure;
        if (streaming) {
            ModelGateway.ModelCall call = gateway.stream(target(), request(), token -> { });
            try {
                call.result().get(10, TimeUnit.SECONDS);
                throw new AssertionError("expected " + expected + " but the call succeeded");
            } catch (ExecutionException e) {
                failure = e.getCause();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        } else {
            try {
                gateway.call(target(), request());
                throw new AssertionError("expected " + expected + " but the call succeeded");
            } catch (ModelException e) {
                failure = e;
            }
        }
        assertThat(failure).isInstanceOf(ModelException.class);
        ModelException model = (ModelException) failure;
        assertThat(model.kind()).as(reply + " -> " + model.getMessage()).isEqualTo(expected);
        return model;
    }

    /** One key for every provider, redacted by the real redactor. */
    static final class FixedKey implements ApiKeyResolver {

        private final String key;
        private final Redactor redactor;

        FixedKey(String key) {
            this.key = key;
            this.redactor = new Redactor(List.of(key));
        }

        @Override
        public Optional<String> apiKey(ModelTarget target) {
            return Optional.of(key);
        }

        @Override
        public String redact(String text) {
            return redactor.redact(text);
        }
    }

    static ModelTarget target(ProviderKind kind, String baseUrl) {
        return new ModelTarget(null, kind.id() + " via simulator", kind, MODEL, baseUrl, null, Map.of());
    }
}
