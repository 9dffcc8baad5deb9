package dev.promptsmith.model;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The one way the rest of Promptsmith talks to models, whatever the provider. */
public interface ModelGateway {

    /**
     * Which key calls to this target would carry, as a hash (never the key), or {@code ""} for
     * none: answers to the same request with different keys are not the same answer.
     */
    default String keyIdentity(ModelTarget target) {
        return "";
    }

    /**
     * Sends the request and waits for the whole answer.
     *
     * @throws ModelException of a kind that says what went wrong, naming the target
     */
    ModelResponse call(ModelTarget target, ModelRequest request);

    /**
     * Sends the request and hands every piece of text to {@code onToken} as it arrives. The
     * call's result completes with the whole answer, or exceptionally with a {@link ModelException}.
     */
    ModelCall stream(ModelTarget target, ModelRequest request, Consumer<String> onToken);

    /**
     * Sends the request without streaming, like {@link #call}, but returns at once with a call
     * that can be cancelled.
     */
    default ModelCall submit(ModelTarget target, ModelRequest request) {
        CompletableFuture<ModelResponse> result = new CompletableFuture<>();
        Thread thread = Thread.startVirtualThread(() -> {
            try {
                result.complete(call(target, request));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return ModelCall.of(target, result, thread::interrupt);
    }

    /** A call in progress, streamed or not. */
    interface ModelCall {

        CompletableFuture<ModelResponse> result();

        /** Stops the call; the result completes with a {@link ModelErrorKind#CANCELLED} failure. */
        void cancel();

        /** A call whose cancel runs {@code stop}, then fails the result as cancelled. */
        static ModelCall of(ModelTarget target, CompletableFuture<ModelResponse> result, Runnable stop) {
            return new ModelCall() {
                @Override
                public CompletableFuture<ModelResponse> result() {
                    return result;
                }

                @Override
                public void cancel() {
                    stop.run();
                    result.completeExceptionally(new ModelException(ModelErrorKind.CANCELLED,
                            target.name() + " (" + target.providerId() + "): cancelled"));
                }
            };
        }
    }
}
