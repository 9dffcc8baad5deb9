package dev.promptsmith.model;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * LangChain4j's HTTP client contract on the JDK's HTTP client, recording each exchange in a
 * {@link CallRecord}: the providers' code stays LangChain4j's, and we keep what it does not
 * expose — the Retry-After header of a 429, the raw request and response, and a cancel that
 * closes the stream. The record of a call is the one {@link #recording} set on the calling
 * thread, so one client (and the LangChain4j model built on it) serves every call. No answer
 * is read past its size limit: a blocking body stops at {@code maxBytes}, a stream's bytes at
 * {@link #STREAM_FRAMING} times it (the events wrap each piece of text in JSON; the text itself is
 * limited by the gateway), and the connection is closed there.
 */
final class RecordingHttpClient implements HttpClient {

    private static final ThreadLocal<CallRecord> CURRENT = new ThreadLocal<>();
    /** How many times the text limit a stream may be on the wire: an event of one word is some 150 bytes. */
    static final int STREAM_FRAMING = 8;

    private final java.net.http.HttpClient jdk;
    private final Duration timeout;
    private final long maxBytes;

    private RecordingHttpClient(java.net.http.HttpClient jdk, Duration timeout, long maxBytes) {
        this.jdk = jdk;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /**
     * The JDK client the models' clients share (its connections too). Shut it down when done:
     * its selector thread waits in native code, and the JVM's exit waits 0.3 s for such threads.
     * Its own work (handing over answers, completing their futures) runs on a few platform
     * threads, one a core: on virtual threads it queued behind the cells' work for the same
     * carriers, and the next request went out later (at 64 calls at once, the run's last request
     * reached the server 0.1 s later); the JDK's default pool of any number of threads cost more
     * CPU at 20,000 fast answers (BENCHMARKS.md). Idle threads end after 30 s.
     */
    static java.net.http.HttpClient jdkClient() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), Thread.ofPlatform().daemon().name("model-http-", 1).factory());
        executor.allowCoreThreadTimeOut(true);
        return java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(executor)
                .build();
    }

    /** Stops the client and the threads it works on. */
    static void shutdown(java.net.http.HttpClient jdk) {
        jdk.shutdownNow();
        jdk.executor().ifPresent(executor -> {
            if (executor instanceof ExecutorService service) {
                service.shutdownNow();
            }
        });
    }

    static HttpClientBuilder builder(java.net.http.HttpClient jdk, Duration timeout, long maxBytes) {
        return new Builder(jdk, timeout, maxBytes);
    }

    /** What a call on this thread does, recorded in {@code record}. */
    static <T> T recording(CallRecord record, java.util.function.Supplier<T> call) {
        CallRecord before = CURRENT.get();
        CURRENT.set(record);
        try {
            return call.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    private static CallRecord record() {
        CallRecord record = CURRENT.get();
        return record != null ? record : new CallRecord(text -> text);
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        CallRecord record = record();
        HttpResponse<byte[]> response;
        try {
            CompletableFuture<HttpResponse<byte[]>> future =
                    jdk.sendAsync(jdkRequest(request, record), new LimitedBody(maxBytes, record));
            record.streaming(future);
            response = future.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw unchecked(e.getCause());
        } catch (java.util.concurrent.CancellationException e) {
            throw new UncheckedIOException(new IOException("cancelled"));
        }
        record.response(response.statusCode(), response.headers().map());
        record.body(response.body(), 0, response.body().length);
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (response.statusCode() >= 400) {
            throw new HttpException(response.statusCode(), body);
        }
        return SuccessfulHttpResponse.builder()
                .statusCode(response.statusCode())
                .headers(response.headers().map())
                .body(body)
                .build();
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        CallRecord record = record();
        CompletableFuture<HttpResponse<InputStream>> future =
                jdk.sendAsync(jdkRequest(request, record), HttpResponse.BodyHandlers.ofInputStream());
        record.streaming(future);
        future.whenComplete((response, failure) -> Thread.startVirtualThread(() -> {
            if (failure != null) {
                listener.onError(unchecked(failure instanceof java.util.concurrent.CompletionException
                        ? failure.getCause() : failure));
                return;
            }
            stream(response, parser, listener, record, maxBytes * STREAM_FRAMING);
        }));
    }

    private static void stream(HttpResponse<InputStream> response, ServerSentEventParser parser,
                               ServerSentEventListener listener, CallRecord record, long maxBytes) {
        record.response(response.statusCode(), response.headers().map());
        try (InputStream body = new Recording(response.body(), record, maxBytes)) {
            record.connection(body);
            if (response.statusCode() >= 400) {
                String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
                listener.onError(new HttpException(response.statusCode(), text));
                return;
            }
            listener.onOpen(SuccessfulHttpResponse.builder()
                    .statusCode(response.statusCode())
                    .headers(response.headers().map())
                    .build());
            parser.parse(body, listener);
            if (record.cancelled() || record.isTooLarge()) {
                listener.onError(new IOException("cancelled"));
                return;
            }
            listener.onClose();
        } catch (IOException | RuntimeException e) {
            listener.onError(e);
        }
    }

    private java.net.http.HttpRequest jdkRequest(HttpRequest request, CallRecord record) {
        String body = RequestBody.merge(request.body(), record.overlay());
        record.request(request.method().name(), request.url(), request.headers(), body);
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(timeout);
        request.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("host")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        java.net.http.HttpRequest.BodyPublisher publisher = body == null
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(body);
        return builder.method(request.method().name(), publisher).build();
    }

    private static RuntimeException unchecked(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        return new IllegalStateException(failure);
    }

    /** Copies what is read into the record, for the raw response view, and stops at {@code limit} bytes. */
    private static final class Recording extends FilterInputStream {

        private final CallRecord record;
        private final long limit;
        private long read;

        Recording(InputStream in, CallRecord record, long limit) {
            super(in);
            this.record = record;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
                record.body(new byte[] {(byte) b}, 0, 1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
                record.body(buffer, offset, n);
            }
            return n;
        }

        private void counted(int n) throws IOException {
            read += n;
            if (read > limit) {
                record.tooLarge();
                throw new IOException("the answer is over " + limit + " bytes");
            }
        }
    }

    private static final class Builder implements HttpClientBuilder {

        private final java.net.http.HttpClient jdk;
        private final long maxBytes;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout;

        Builder(java.net.http.HttpClient jdk, Duration timeout, long maxBytes) {
            this.jdk = jdk;
            this.readTimeout = timeout;
            this.maxBytes = maxBytes;
        }

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public HttpClientBuilder connectTimeout(Duration value) {
            if (value != null) {
                connectTimeout = value;
            }
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public HttpClientBuilder readTimeout(Duration value) {
            return this;
        }

        @Override
        public HttpClient build() {
            return new RecordingHttpClient(jdk, readTimeout, maxBytes);
        }
    }
}
