package dev.promptsmith.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.promptsmith.shared.Role;
import dev.promptsmith.simulator.LlmSimulator;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.NoKeys;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A provider that answers 50 MB, at the default limit of 4 MB, over real HTTP: the answer is
 * cut at the limit, the connection closed, and neither the wire nor the heap carries the rest.
 */
class AnswerSizeLimitTest {

    private static final long LIMIT = LangChainGateway.MAX_ANSWER.toBytes();
    /** What the sockets' buffers between the two ends can hold besides what was read. */
    private static final long SLACK = 8L << 20;

    private final LlmSimulator simulator = LlmSimulator.start();
    private final LangChainGateway gateway = new LangChainGateway(new NoKeys(), new PriceTable(), Duration.ofSeconds(30));
    private final ModelTarget target = new ModelTarget(null, "flood", ProviderKind.OPENAI, "flood",
            simulator.openAiBaseUrl(), null, Map.of());
    private final ModelRequest request = ModelRequest.of(List.of(new ChatMessage(Role.USER, "Say everything.")));

    @AfterEach
    void close() {
        gateway.close();
        simulator.close();
    }

    /** 50 MB of text in 800 pieces of 64 KB (one piece shared, so the simulator itself stays small). */
    private void fiftyMegabytes() {
        String piece = "y".repeat((1 << 16) - 1) + " ";
        simulator.replyFor("flood", Reply.text("y").tokens(Collections.nCopies(800, piece)));
    }

    @Test
    void aFiftyMegabyteStreamIsCutAtTheLimitAndTheConnectionClosed() throws Exception {
        // given: the client's classes loaded and warm, so that the heap measures the call alone
        simulator.replyFor("small", Reply.text("warm up"));
        gateway.stream(new ModelTarget(null, "small", ProviderKind.OPENAI, "small",
                simulator.openAiBaseUrl(), null, Map.of()), request, token -> { }).result().get(30, TimeUnit.SECONDS);
        fiftyMegabytes();
        long heapBefore = usedHeapAfterGc();
        AtomicLong characters = new AtomicLong();

        // when
        ModelGateway.ModelCall call = gateway.stream(target, request, token -> characters.addAndGet(token.length()));
        Throwable failure = catchThrowable(() -> call.result().get(60, TimeUnit.SECONDS));
        awaitAbandoned();
        long heapAfter = usedHeapAfterGc();

        // then
        assertThat(failure).isInstanceOf(ExecutionException.class).cause().isInstanceOfSatisfying(ModelException.class,
                e -> {
                    assertThat(e.kind()).isEqualTo(ModelErrorKind.ANSWER_TOO_LARGE);
                    assertThat(e.getMessage()).isEqualTo("flood (openai:chat:flood): the answer is over 4 MB; it was cut "
                            + "off there and is not retried (the limit is promptsmith.model.max-answer-size, or "
                            + "--max-answer-size on the command line)");
                });
        assertThat(characters.get()).isPositive().isLessThanOrEqualTo(LIMIT);
        assertThat(simulator.bytesWritten()).as("bytes the simulator wrote").isLessThan(LIMIT + SLACK);
        assertThat(heapAfter - heapBefore).as("heap kept after the call").isLessThan(LIMIT);
    }

    @Test
    void aFiftyMegabyteAnswerIsReadOnlyUpToTheLimit() {
        // given
        fiftyMegabytes();

        // when
        Throwable failure = catchThrowable(() -> gateway.call(target, request));

        // then: our message, not the JSON parser's, and the rest of the body is never read
        assertThat(failure).isInstanceOfSatisfying(ModelException.class, e -> {
            assertThat(e.kind()).isEqualTo(ModelErrorKind.ANSWER_TOO_LARGE);
            assertThat(e.getMessage()).contains("the answer is over 4 MB");
        });
        assertThat(simulator.callCount()).isEqualTo(1);
        assertThat(simulator.bytesWritten()).as("bytes the simulator wrote").isLessThan(LIMIT + SLACK);
    }

    private void awaitAbandoned() throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (simulator.abandonedStreams() == 0 && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(simulator.abandonedStreams()).as("streams the client closed").isEqualTo(1);
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
