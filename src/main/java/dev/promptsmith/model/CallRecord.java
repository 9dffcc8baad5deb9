package dev.promptsmith.model;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * What happened on the wire during one model call: the request, the response status, headers
 * and body (bounded), and a way to cut the connection. Text leaves through {@link #exchange()}
 * only after redaction. An answer over the size limit cuts the call too, and is remembered as
 * such, so that the failure says so rather than "cancelled".
 */
final class CallRecord {

    private static final int MAX_BODY = 1 << 20;

    private final UnaryOperator<String> redact;
    private volatile String request = "";
    private volatile int status;
    private volatile Map<String, List<String>> headers = Map.of();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private volatile Closeable connection;
    private volatile CompletableFuture<?> pending;
    private volatile boolean cancelled;
    private volatile boolean tooLarge;
    private volatile BodyOverlay overlay = BodyOverlay.NONE;

    CallRecord(UnaryOperator<String> redact) {
        this.redact = redact;
    }

    /** Fields the request body gets on top of the body LangChain4j builds (see {@link RequestBody}). */
    void overlay(BodyOverlay fields) {
        this.overlay = fields;
    }

    BodyOverlay overlay() {
        return overlay;
    }

    void request(String method, String url, Map<String, List<String>> requestHeaders, String requestBody) {
        StringBuilder text = new StringBuilder(method).append(' ').append(url).append('\n');
        requestHeaders.forEach((name, values) -> values.forEach(v -> text.append(name).append(": ").append(v).append('\n')));
        text.append('\n').append(requestBody == null ? "" : requestBody);
        this.request = text.toString();
    }

    void response(int statusCode, Map<String, List<String>> responseHeaders) {
        this.status = statusCode;
        this.headers = responseHeaders;
    }

    synchronized void body(byte[] bytes, int offset, int length) {
        int room = MAX_BODY - body.size();
        if (room > 0) {
            body.write(bytes, offset, Math.min(room, length));
        }
    }

    int status() {
        return status;
    }

    synchronized String bodyText() {
        return body.toString(StandardCharsets.UTF_8);
    }

    /** The Retry-After header as a duration, when the provider sent one in seconds. */
    Optional<Duration> retryAfter() {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("retry-after"))
                .flatMap(e -> e.getValue().stream())
                .findFirst()
                .flatMap(CallRecord::seconds);
    }

    private static Optional<Duration> seconds(String value) {
        try {
            return Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(value.strip()) * 1000)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    void streaming(CompletableFuture<?> future) {
        this.pending = future;
        if (cancelled || tooLarge) {
            future.cancel(true);
        }
    }

    void connection(Closeable stream) {
        this.connection = stream;
        if (cancelled || tooLarge) {
            closeQuietly(stream);
        }
    }

    /** Cuts the call: before the answer started, the request is abandoned; during a stream, the stream is closed. */
    void cancel() {
        cancelled = true;
        cut();
    }

    private void cut() {
        CompletableFuture<?> future = pending;
        if (future != null) {
            future.cancel(true);
        }
        Closeable stream = connection;
        if (stream != null) {
            closeQuietly(stream);
        }
    }

    boolean cancelled() {
        return cancelled;
    }

    /** The answer went over its size limit: the call is cut. */
    void tooLarge() {
        tooLarge = true;
        cut();
    }

    boolean isTooLarge() {
        return tooLarge;
    }

    RawExchange exchange() {
        StringBuilder response = new StringBuilder();
        if (status > 0) {
            response.append("HTTP ").append(status).append('\n');
            headers.forEach((name, values) -> values.forEach(v -> response.append(name).append(": ").append(v).append('\n')));
            response.append('\n').append(bodyText());
        }
        return new RawExchange(redact.apply(request), redact.apply(response.toString()));
    }

    String redact(String text) {
        return redact.apply(text);
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // the stream is being abandoned
        }
    }
}
