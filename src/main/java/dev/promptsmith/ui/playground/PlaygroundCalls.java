package dev.promptsmith.ui.playground;

import dev.promptsmith.model.ModelErrorKind;
import dev.promptsmith.model.ModelException;
import dev.promptsmith.model.ModelGateway;
import dev.promptsmith.model.ModelRequest;
import dev.promptsmith.model.ModelResponse;
import dev.promptsmith.model.ModelTarget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The playground's streams in flight: each is stopped at the stream time-out, and all of them
 * when the person presses Stop or the page goes away.
 */
final class PlaygroundCalls {

    private final ModelGateway gateway;
    private final Duration timeout;
    private final List<ModelGateway.ModelCall> running = new ArrayList<>();

    PlaygroundCalls(ModelGateway gateway, Duration timeout) {
        this.gateway = gateway;
        this.timeout = timeout;
    }

    /**
     * Streams the answer; {@code onEnd} hears of the answer or the failure, and whether it was
     * the last call running.
     */
    void stream(ModelTarget target, ModelRequest request, Consumer<String> onToken,
                BiConsumer<ModelResponse, Throwable> onEnd, Runnable onAllDone) {
        ModelGateway.ModelCall call = gateway.stream(target, request, onToken);
        synchronized (running) {
            running.add(call);
        }
        call.result().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((response, failure) -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof TimeoutException) {
                call.cancel();
                cause = new ModelException(ModelErrorKind.TIMEOUT, target.name() + " (" + target.providerId()
                        + "): no complete answer within " + timeout.toSeconds() + " s; the stream was stopped "
                        + "(promptsmith.playground.stream-timeout)");
            }
            onEnd.accept(response, cause);
            boolean allDone;
            synchronized (running) {
                running.remove(call);
                allDone = running.isEmpty();
            }
            if (allDone) {
                onAllDone.run();
            }
        });
    }

    /** Cancels every call in flight: their connections are closed. */
    void stopAll() {
        List<ModelGateway.ModelCall> calls;
        synchronized (running) {
            calls = List.copyOf(running);
        }
        calls.forEach(ModelGateway.ModelCall::cancel);
    }
}
