package dev.promptsmith.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into memory up to a limit: past it (or when Content-Length says it
 * will be) the body is abandoned, the connection closed and the call recorded as too large, so
 * that a 50 MB answer costs at most the limit in memory and on the wire.
 */
final class LimitedBody implements HttpResponse.BodyHandler<byte[]> {

    private final long limit;
    private final CallRecord record;

    LimitedBody(long limit, CallRecord record) {
        this.limit = limit;
        this.record = record;
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
        long announced = info.headers().firstValueAsLong("content-length").orElse(-1);
        return new Subscriber(announced > limit);
    }

    private final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {

        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final boolean announcedTooLarge;
        private Flow.Subscription subscription;

        Subscriber(boolean announcedTooLarge) {
            this.announcedTooLarge = announcedTooLarge;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription value) {
            subscription = value;
            if (announcedTooLarge) {
                tooLarge();
                return;
            }
            value.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (body.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > limit) {
                    tooLarge();
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        private void tooLarge() {
            subscription.cancel();
            record.tooLarge();
            body.completeExceptionally(new IOException("the answer is over " + limit + " bytes"));
        }

        @Override
        public void onError(Throwable failure) {
            body.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toByteArray());
        }
    }
}
