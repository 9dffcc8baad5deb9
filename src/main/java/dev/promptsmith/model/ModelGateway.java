package dev.promptsmith.model;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The one way the rest of Promptsmith talks to models, whatever the provider. */
public interface ModelGateway {

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

    /** A running streamed call. */
    interface ModelCall {

        CompletableFuture<ModelResponse> result();

        /** Stops the call; the result completes with a {@link ModelErrorKind#CANCELLED} failure. */
        void cancel();
    }
}
