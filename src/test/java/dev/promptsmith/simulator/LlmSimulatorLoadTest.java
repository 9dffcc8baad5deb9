package dev.promptsmith.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Latency, fault injection, status counts, timestamps and computed replies, over real HTTP. */
class LlmSimulatorLoadTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LlmSimulator simulator;
    private HttpClient client;

    @BeforeEach
    void start() {
        simulator = LlmSimulator.start();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterEach
    void stop() {
        client.close();
        simulator.close();
    }

    private HttpResponse<String> chat(String userText, boolean stream) throws IOException, InterruptedException {
        String body = JSON.createObjectNode()
                .put("model", "m")
                .put("stream", stream)
                .set("messages", JSON.createArrayNode()
                        .add(JSON.createObjectNode().put("role", "system").put("content", "Be brief."))
                        .add(JSON.createObjectNode().put("role", "user").put("content", userText)))
                .toString();
        return post("/v1/chat/completions", body);
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String content(HttpResponse<String> response) {
        return JSON.readTree(response.body()).path("choices").path(0).path("message").path("content").asString();
    }

    private static long millis(Callable<?> call) throws Exception {
        long start = System.nanoTime();
        call.call();
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void latencyDelaysBlockingAndStreamedAnswersUnlessTheReplySaysOtherwise() throws Exception {
        simulator.latency(Duration.ofMillis(300));
        chat("warm up", false);

        assertThat(millis(() -> chat("hi", false))).isBetween(300L, 2_000L);
        assertThat(millis(() -> chat("hi", true))).isBetween(300L, 2_000L);

        simulator.reply(Reply.text("quick").latency(Duration.ZERO));
        assertThat(millis(() -> chat("hi", false))).isLessThan(250L);

        simulator.reply(Reply.error(503, "busy"));
        assertThat(millis(() -> chat("hi", false))).isBetween(300L, 2_000L);

        simulator.reset();
        assertThat(millis(() -> chat("hi", false))).isLessThan(250L);
    }

    @Test
    void streamedAnswerStillArrivesCompleteAfterTheLatency() throws Exception {
        simulator.latency(Duration.ofMillis(100));
        simulator.reply(Reply.text("one two three"));
        HttpResponse<String> response = chat("hi", true);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"one \"", "\"two \"", "\"three\"", "\"finish_reason\":\"stop\"");
    }

    @Test
    void faultsAreSeededCountedAndSwitchedOff() throws Exception {
        simulator.faults(0.2, Duration.ofMillis(1_500), 0.1, 42);
        List<Integer> first = new ArrayList<>();
        String retryAfter = null;
        for (int i = 0; i < 200; i++) {
            HttpResponse<String> response = chat("case " + i, false);
            first.add(response.statusCode());
            if (response.statusCode() == 429) {
                retryAfter = response.headers().firstValue("Retry-After").orElse(null);
                assertThat(JSON.readTree(response.body()).path("error").path("message").asString())
                        .contains("Rate limit");
            }
        }
        assertThat(retryAfter).isEqualTo("2");
        assertThat(simulator.callCount()).isEqualTo(200);
        int tooMany = simulator.count(429);
        int failed = simulator.count(500);
        assertThat(tooMany).isBetween(25, 55);
        assertThat(failed).isBetween(8, 35);
        assertThat(simulator.count(200)).isEqualTo(200 - tooMany - failed);
        assertThat(simulator.counts()).isEqualTo(Map.of(200, 200 - tooMany - failed, 429, tooMany, 500, failed));
        assertThat(first.stream().filter(s -> s == 429).count()).isEqualTo(tooMany);

        simulator.clearRecords();
        simulator.faults(0.2, Duration.ofMillis(1_500), 0.1, 42);
        List<Integer> again = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            again.add(chat("case " + i, false).statusCode());
        }
        assertThat(again).as("the same seed gives the same faults in the same order").isEqualTo(first);

        simulator.faults(0, null, 0, 0);
        simulator.clearRecords();
        for (int i = 0; i < 20; i++) {
            assertThat(chat("case " + i, false).statusCode()).isEqualTo(200);
        }
        assertThat(simulator.counts()).isEqualTo(Map.of(200, 20));

        simulator.faults(1, null, 0, 7);
        HttpResponse<String> limited = chat("x", false);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isEmpty();
        simulator.reset();
        assertThat(chat("x", false).statusCode()).isEqualTo(200);
        assertThat(simulator.callCount()).isEqualTo(1);

        assertThatThrownBy(() -> simulator.faults(0.7, null, 0.4, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void faultsDoNotUseUpQueuedReplies() throws Exception {
        simulator.faults(1, Duration.ofSeconds(1), 0, 1);
        simulator.enqueue("m", Reply.text("queued"));
        assertThat(chat("x", false).statusCode()).isEqualTo(429);
        simulator.faults(0, null, 0, 0);
        assertThat(content(chat("x", false))).isEqualTo("queued");
    }

    @Test
    void timestampsSpanTheRunPhaseUnderConcurrency() throws Exception {
        assertThat(simulator.firstRequestAt()).isNull();
        assertThat(simulator.lastResponseAt()).isNull();
        simulator.latency(Duration.ofMillis(200));
        Instant before = Instant.now();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int n = i;
                answers.add(pool.submit(() -> chat("case " + n, false)));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(200);
            }
        }
        Instant after = Instant.now().plusSeconds(1); // the last close may trail the client's reading a little
        Instant first = simulator.firstRequestAt();
        Instant last = simulator.lastResponseAt();
        assertThat(first).isBetween(before, last);
        assertThat(last).isBetween(first, after);
        assertThat(Duration.between(first, last)).isBetween(Duration.ofMillis(400), Duration.ofSeconds(3));
        assertThat(simulator.count(200)).isEqualTo(16);

        simulator.clearRecords();
        assertThat(simulator.firstRequestAt()).isNull();
        assertThat(simulator.callCount()).isZero();
    }

    @Test
    void repliesComputedFromTheUserMessage() throws Exception {
        simulator.reply(Reply.fromPrompt(text -> {
            int n = Integer.parseInt(text.replaceAll("\\D", ""));
            return n % 2 == 0 ? "{\"case\": " + n + ", \"answer\": \"even\"}" : "not json, case " + n;
        }));
        for (int n = 0; n < 10; n++) {
            String answer = content(chat("Classify case " + n, false));
            if (n % 2 == 0) {
                JsonNode json = JSON.readTree(answer);
                assertThat(json.path("case").asInt()).isEqualTo(n);
            } else {
                assertThat(answer).isEqualTo("not json, case " + n);
            }
        }
        HttpResponse<String> streamed = chat("Classify case 4", true);
        assertThat(streamed.body()).contains("even");

        simulator.replyFor("m", Reply.fromRequest(request -> request.userText().contains("fail")
                ? Reply.error(400, "bad case") : Reply.json("{\"ok\":true,  \"spaced\": 1}")));
        assertThat(chat("please fail", false).statusCode()).isEqualTo(400);
        assertThat(content(chat("fine", false))).isEqualTo("{\"ok\":true,  \"spaced\": 1}");
        assertThat(simulator.requests().getLast().userText()).isEqualTo("fine");
    }

    @Test
    void aComputedReplyTakesTheOuterLatencyUnlessItHasItsOwn() throws Exception {
        simulator.reply(Reply.fromPrompt(text -> "echo " + text).latency(Duration.ofMillis(300)));
        chat("warm up", false);
        assertThat(millis(() -> chat("a", false))).isBetween(300L, 2_000L);
        simulator.reply(Reply.fromRequest(r -> Reply.text("fast").latency(Duration.ZERO)).latency(Duration.ofSeconds(5)));
        assertThat(millis(() -> chat("a", false))).isLessThan(250L);
    }

    @Test
    void userTextIsFoundInEveryWireFormat() throws Exception {
        simulator.reply(Reply.fromPrompt(text -> "you said: " + text));
        HttpResponse<String> anthropic = post("/v1/messages", """
                {"model":"m","max_tokens":50,"messages":[{"role":"user","content":[{"type":"text","text":"from"},
                {"type":"text","text":" anthropic"}]}]}""");
        assertThat(JSON.readTree(anthropic.body()).path("content").path(0).path("text").asString())
                .isEqualTo("you said: from anthropic");
        HttpResponse<String> gemini = post("/v1beta/models/m:generateContent", """
                {"contents":[{"role":"user","parts":[{"text":"old"}]},{"role":"model","parts":[{"text":"x"}]},
                {"role":"user","parts":[{"text":"from gemini"}]}]}""");
        assertThat(JSON.readTree(gemini.body()).path("candidates").path(0).path("content").path("parts").path(0)
                .path("text").asString()).isEqualTo("you said: from gemini");
        HttpResponse<String> ollama = post("/api/chat", """
                {"model":"m","stream":false,"messages":[{"role":"user","content":"from ollama"}]}""");
        assertThat(JSON.readTree(ollama.body()).path("message").path("content").asString())
                .isEqualTo("you said: from ollama");
        HttpResponse<String> parts = post("/v1/chat/completions", """
                {"model":"m","messages":[{"role":"user","content":[{"type":"text","text":"from parts"}]}]}""");
        assertThat(content(parts)).isEqualTo("you said: from parts");
    }
}
