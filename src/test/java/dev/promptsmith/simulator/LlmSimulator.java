package dev.promptsmith.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real HTTP server on loopback that speaks the wire formats of OpenAI Chat Completions, OpenAI
 * Responses, Anthropic Messages, Gemini generateContent and Ollama's chat API, with scripted answers,
 * delays, errors, hangs and cut streams. Tests drive real clients against it.
 *
 * <p>For load and fault tests it also has a fixed {@link #latency latency} for every answer, seeded
 * {@link #faults fault injection} (429 with Retry-After, 500), counts of the statuses sent
 * ({@link #count}) and the moments the first chat request arrived and the last response finished
 * ({@link #firstRequestAt}, {@link #lastResponseAt}).
 */
public final class LlmSimulator implements AutoCloseable {

    private static final String DEFAULT_MODEL = "sim-model";

    private final HttpServer server;
    private final Map<Api, Wire> wires = Map.of(Api.OPENAI, new OpenAiWire(), Api.ANTHROPIC, new AnthropicWire(),
            Api.GEMINI, new GeminiWire(), Api.OLLAMA, new OllamaWire(), Api.RESPONSES, new ResponsesWire());
    private final Map<String, Reply> perModel = new ConcurrentHashMap<>();
    private final Map<String, Deque<Reply>> queued = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<RecordedRequest> requests = new ConcurrentLinkedQueue<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final List<SentChunk> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> firstRequest = new AtomicReference<>();
    private final AtomicReference<Instant> lastResponse = new AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();
    private final AtomicInteger abandoned = new AtomicInteger();
    private final Object faultLock = new Object();
    private volatile Reply fallback = Reply.text("Hello from the simulator.");
    private volatile List<String> models;
    private volatile Duration latency = Duration.ZERO;
    private Faults faults;

    /** The share of chat requests failed with 429 or 500, drawn from a seeded random in arrival order. */
    private record Faults(double share429, Duration retryAfter, double share500, Random random) {
    }

    private LlmSimulator(HttpServer server) {
        this.server = server;
    }

    /** Starts on a free port of 127.0.0.1. */
    public static LlmSimulator start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            LlmSimulator simulator = new LlmSimulator(server);
            server.createContext("/", simulator::handle);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String openAiBaseUrl() {
        return baseUrl() + "/v1";
    }

    public String anthropicBaseUrl() {
        return baseUrl() + "/v1";
    }

    public String geminiBaseUrl() {
        return baseUrl() + "/v1beta";
    }

    public String ollamaBaseUrl() {
        return baseUrl();
    }

    /** The reply for models that have none of their own. */
    public void reply(Reply reply) {
        fallback = reply;
    }

    public void replyFor(String model, Reply reply) {
        perModel.put(model, reply);
    }

    /** A one-shot reply, used before the model's own reply; several are used in order. */
    public void enqueue(String model, Reply reply) {
        queued.computeIfAbsent(model, m -> new ArrayDeque<>()).add(reply);
    }

    /** What the model lists show; by default the models that have replies. */
    public void models(List<String> names) {
        models = List.copyOf(names);
    }

    /**
     * Every answer and error (injected faults too) is sent only after this delay, unless its
     * {@link Reply#latency(Duration) Reply says otherwise}; hangs are not delayed further. Zero by default.
     */
    public void latency(Duration delay) {
        latency = delay == null || delay.isNegative() ? Duration.ZERO : delay;
    }

    /** The simulator's latency, zero unless set. */
    public Duration latency() {
        return latency;
    }

    /**
     * Fails that share of the chat requests with 429 (with a Retry-After header in whole seconds, rounded up;
     * none if {@code retryAfter} is null) and that share with 500, before any reply is chosen (queued replies
     * stay queued). The n-th request to arrive gets the n-th draw of a random seeded with {@code seed}, so a
     * run is reproducible. {@code faults(0, null, 0, 0)} or {@link #reset()} switches it off.
     */
    public void faults(double share429, Duration retryAfter, double share500, long seed) {
        if (share429 < 0 || share500 < 0 || share429 + share500 > 1) {
            throw new IllegalArgumentException("shares must be >= 0 and add up to at most 1");
        }
        synchronized (faultLock) {
            faults = share429 == 0 && share500 == 0 ? null
                    : new Faults(share429, retryAfter, share500, new Random(seed));
        }
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Chat requests received (model listings do not count), injected faults included. */
    public int callCount() {
        return calls.get();
    }

    /**
     * How many chat responses with that HTTP status were sent (200 for answers, cut streams too); counted as
     * the response starts, after the latency.
     */
    public int count(int status) {
        AtomicInteger count = statuses.get(status);
        return count == null ? 0 : count.get();
    }

    /** The statuses of the chat responses sent so far, with their counts. */
    public Map<Integer, Integer> counts() {
        Map<Integer, Integer> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.get()));
        return counts;
    }

    /** When the first chat request (since the start or the last reset) arrived, or {@code null}. */
    public Instant firstRequestAt() {
        return firstRequest.get();
    }

    /** When the last chat response so far was finished (written and closed), or {@code null}. */
    public Instant lastResponseAt() {
        return lastResponse.get();
    }

    /** Bytes of response bodies handed to the connection so far (what the client may have read, at most). */
    public long bytesWritten() {
        return written.get();
    }

    /** Streamed answers the client went away from (the connection closed) before their end. */
    public int abandonedStreams() {
        return abandoned.get();
    }

    /** Forgets the requests, chunks, status counts and timestamps, but keeps replies, latency and faults. */
    public void clearRecords() {
        written.set(0);
        abandoned.set(0);
        requests.clear();
        calls.set(0);
        sent.clear();
        statuses.clear();
        firstRequest.set(null);
        lastResponse.set(null);
    }

    /** Every streamed chunk with the moment it was written, for latency measurements. */
    public List<SentChunk> sentChunks() {
        return List.copyOf(sent);
    }

    public void reset() {
        perModel.clear();
        queued.clear();
        clearRecords();
        fallback = Reply.text("Hello from the simulator.");
        models = null;
        latency = Duration.ZERO;
        faults(0, null, 0, 0);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) {
        int status = -1;
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (method.equals("GET")) {
                listModels(exchange, path);
                return;
            }
            Api api = api(path);
            if (api == null || !method.equals("POST")) {
                send(exchange, 404, "application/json", "{\"error\":\"no such endpoint: " + method + " " + path + "\"}");
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonNode json = Wire.JSON.readTree(body.isBlank() ? "{}" : body);
            Wire wire = wires.get(api);
            String model = wire.model(json, path);
            boolean stream = wire.stream(json, path);
            RecordedRequest request = new RecordedRequest(api, method, path, headers(exchange), body, model, stream);
            firstRequest.compareAndSet(null, Instant.now());
            requests.add(request);
            calls.incrementAndGet();
            Reply fault = fault();
            Reply reply = fault != null ? fault : replyFor(model).resolve(request);
            status = respond(exchange, wire, json, model, stream, reply);
        } catch (IOException e) {
            // the client went away; nothing more to say
            status = -1;
        }
        if (status > 0) {
            Instant now = Instant.now();
            lastResponse.accumulateAndGet(now, (a, b) -> a == null || b.isAfter(a) ? b : a);
        }
    }

    private Reply fault() {
        synchronized (faultLock) {
            if (faults == null) {
                return null;
            }
            double draw = faults.random().nextDouble();
            if (draw < faults.share429()) {
                Reply reply = Reply.error(429, "Rate limit reached (simulated fault)");
                Duration after = faults.retryAfter();
                return after == null ? reply
                        : reply.retryAfter(Duration.ofSeconds((after.toMillis() + 999) / 1000));
            }
            if (draw < faults.share429() + faults.share500()) {
                return Reply.error(500, "Internal server error (simulated fault)");
            }
            return null;
        }
    }

    private Reply replyFor(String model) {
        Deque<Reply> queue = queued.get(model);
        if (queue != null) {
            synchronized (queue) {
                if (!queue.isEmpty()) {
                    return queue.poll();
                }
            }
        }
        return perModel.getOrDefault(model, fallback);
    }

    private static Api api(String path) {
        if (path.endsWith("/chat/completions")) {
            return Api.OPENAI;
        }
        if (path.endsWith("/responses")) {
            return Api.RESPONSES;
        }
        if (path.endsWith("/messages")) {
            return Api.ANTHROPIC;
        }
        if (path.contains("/models/") && (path.endsWith(":generateContent") || path.endsWith(":streamGenerateContent"))) {
            return Api.GEMINI;
        }
        if (path.equals("/api/chat")) {
            return Api.OLLAMA;
        }
        return null;
    }

    /** Sends the reply; the HTTP status sent, or -1 if nothing was. */
    private int respond(HttpExchange exchange, Wire wire, JsonNode request, String model, boolean stream, Reply reply)
            throws IOException {
        if (reply.kind == Reply.Kind.HANG) {
            sleep(reply.hang);
            return -1;
        }
        sleep(reply.latency != null ? reply.latency : latency);
        if (reply.kind == Reply.Kind.ERROR) {
            if (reply.retryAfter != null) {
                exchange.getResponseHeaders().add("Retry-After", String.valueOf(reply.retryAfter.toSeconds()));
            }
            counted(reply.status);
            send(exchange, reply.status, "application/json", wire.error(reply.status, reply.message));
            return reply.status;
        }
        counted(200);
        answer(exchange, wire, request, model, stream, reply);
        return 200;
    }

    private void answer(HttpExchange exchange, Wire wire, JsonNode request, String model, boolean stream, Reply reply)
            throws IOException {
        List<String> chunks = reply.chunks;
        Integer limit = wire.maxTokens(request);
        Reply.Finish finish = reply.finish != null ? reply.finish : Reply.Finish.STOP;
        if (limit != null && limit < chunks.size()) {
            chunks = chunks.subList(0, limit);
            finish = Reply.Finish.LENGTH;
        }
        int input = reply.inputTokens != null ? reply.inputTokens : Math.max(1, (request.toString().length() + 3) / 4);
        int output = reply.outputTokens != null ? reply.outputTokens : chunks.size();
        Answer answer = new Answer("sim-" + ids.incrementAndGet(), model, chunks, finish, input, output,
                reply.toolCalls, request.has("functions") && !request.has("tools"),
                request.path("logprobs").asBoolean(false));
        sleep(reply.firstTokenDelay);
        if (!stream) {
            sleep(reply.tokenDelay.multipliedBy(chunks.size()));
            send(exchange, 200, "application/json", wire.blocking(answer));
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", wire.streamContentType());
        exchange.getResponseHeaders().add("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        try {
            stream(out, wire, request, model, reply, answer, chunks);
        } catch (IOException e) {
            abandoned.incrementAndGet();
            throw e;
        }
    }

    private void stream(OutputStream out, Wire wire, JsonNode request, String model, Reply reply, Answer answer,
                        List<String> chunks) throws IOException {
        for (String event : wire.start(answer)) {
            write(out, event);
        }
        for (int i = 0; i < chunks.size(); i++) {
            if (reply.kind == Reply.Kind.CUT && i == reply.cutAfter) {
                return;
            }
            if (i > 0) {
                sleep(reply.tokenDelay);
            }
            write(out, wire.chunk(answer, i, chunks.get(i)));
            sent.add(new SentChunk(model, i, chunks.get(i), Instant.now()));
        }
        if (reply.kind == Reply.Kind.CUT) {
            return;
        }
        for (String event : wire.end(answer, request)) {
            write(out, event);
        }
    }

    /** Counted as the response starts, so that a client that has its response already sees it in the counts. */
    private void counted(int status) {
        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    }

    private void listModels(HttpExchange exchange, String path) throws IOException {
        List<String> names = models != null ? models : perModel.isEmpty() ? List.of(DEFAULT_MODEL)
                : new ArrayList<>(perModel.keySet());
        ObjectNode node = Wire.object();
        if (path.equals("/api/tags")) {
            var list = node.putArray("models");
            for (String name : names) {
                String tagged = name.contains(":") ? name : name + ":latest";
                ObjectNode model = list.addObject();
                model.put("name", tagged).put("model", tagged).put("modified_at", Instant.now().toString())
                        .put("size", 2_000_000_000L).put("digest", Integer.toHexString(tagged.hashCode()));
                model.putObject("details").put("format", "gguf").put("family", "simulated");
            }
        } else if (path.endsWith("/v1/models")) {
            node.put("object", "list");
            var list = node.putArray("data");
            for (String name : names) {
                list.addObject().put("id", name).put("object", "model").put("created", 0).put("owned_by", "simulator");
            }
        } else if (path.endsWith("/v1beta/models")) {
            var list = node.putArray("models");
            for (String name : names) {
                list.addObject().put("name", "models/" + name).put("displayName", name);
            }
        } else {
            send(exchange, 404, "application/json", "{\"error\":\"no such endpoint: GET " + path + "\"}");
            return;
        }
        send(exchange, 200, "application/json", node.toString());
    }

    private static Map<String, List<String>> headers(HttpExchange exchange) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), Collections.unmodifiableList(new ArrayList<>(values))));
        return Collections.unmodifiableMap(headers);
    }

    private void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        // in slices, so that a client that goes away stops the count near where it stopped reading
        OutputStream out = exchange.getResponseBody();
        for (int offset = 0; offset < bytes.length; offset += 1 << 16) {
            int length = Math.min(1 << 16, bytes.length - offset);
            out.write(bytes, offset, length);
            written.addAndGet(length);
        }
    }

    private void write(OutputStream out, String event) throws IOException {
        byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
        out.write(bytes);
        out.flush();
        written.addAndGet(bytes.length);
    }

    private static void sleep(Duration duration) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
