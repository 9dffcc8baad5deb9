package dev.promptsmith.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.promptsmith.check.types.CheckTypes;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks that need more than the output (a judge that follows our prompts, the test's
 * {@code query} and {@code context}, a web service, other checks) pass, fail and negate.
 */
class GradedChecksTest {

    /** Answers each grading prompt by what it is shown: "good" passes, anything else does not. */
    static final Judge JUDGE = (system, user, config) -> {
        boolean good = user.contains("good");
        if (system.contains("You plan an evaluation")) {
            return "{\"steps\": [\"Read the reply\", \"Compare it with the criterion\"]}";
        }
        if (system.contains("Score from 0")) {
            return good ? "{\"score\": 9, \"reason\": \"clear\"}" : "{\"score\": 2, \"reason\": \"vague\"}";
        }
        if (system.contains("write the question it answers")) {
            return user.contains("invoice") ? "{\"questions\": [\"what is the invoice total\", \"what is the invoice "
                    + "total due\", \"the invoice total\"]}" : "{\"questions\": [\"is it sunny\"]}";
        }
        if (system.contains("Break the answer into")) {
            return "{\"statements\": [{\"statement\": \"a\", \"supported\": true}, {\"statement\": \"b\", \"supported\": "
                    + user.contains("<answer>\ngood") + "}, {\"statement\": \"c\", \"supported\": "
                    + user.contains("<answer>\ngood") + "}]}";
        }
        if (system.contains("holds the facts of a reference")) {
            return "{\"sentences\": [{\"sentence\": \"x\", \"attributed\": " + user.contains("<context>\nParis")
                    + "}]}";
        }
        if (system.contains("numbered parts")) {
            return user.contains("capital of France") ? "{\"relevant\": [1, 2], \"reason\": \"both\"}"
                    : "{\"relevant\": [], \"reason\": \"none\"}";
        }
        throw new IllegalStateException("unexpected grading prompt: " + system);
    };

    static final CheckEngine ENGINE = new CheckEngine(CheckTypes.registry(JUDGE, CheckTypesTest.EMBEDDER));

    static final HttpServer WEBHOOK = webhook();

    private static HttpServer webhook() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/grade", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                boolean good = body.contains("\"output\":\"good");
                byte[] answer = (good ? "{\"pass\": true, \"score\": 0.8, \"reason\": \"fine\"}"
                        : "{\"pass\": false, \"reason\": \"the output is not good\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.createContext("/text", exchange -> {
                byte[] answer = "{\"pass\": \"true\"}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.createContext("/slow", exchange -> {
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
            });
            server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopWebhook() {
        WEBHOOK.stop(0);
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + WEBHOOK.getAddress().getPort() + path;
    }

    private static CheckInput input(String output) {
        return new CheckInput(output, Map.of("query", "What is the capital of France?", "context",
                List.of("Paris is the capital of France.", "France is in Europe.")), "Answer: {{query}}", null, null, null);
    }

    private static Map<String, Object> check(String type, Object value, Object... more) {
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("type", type);
        check.put("value", value);
        for (int i = 0; i < more.length; i += 2) {
            check.put((String) more[i], more[i + 1]);
        }
        return check;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(check("g-eval", "is clear"), input("good reply"), input("poor reply")),
                Arguments.of(check("answer-relevance", null), new CheckInput("the invoice total is 12 euros",
                        Map.of("query", "what is the invoice total"), "", null, null, null),
                        new CheckInput("sunny today", Map.of("query", "what is the invoice total"), "", null, null, null)),
                Arguments.of(check("context-faithfulness", null, "threshold", 0.9), input("good answer"),
                        input("made-up answer")),
                Arguments.of(check("context-recall", "Paris is the capital of France.", "threshold", 0.5),
                        input("anything"), new CheckInput("anything", Map.of("context", "Berlin is in Germany."), "",
                                null, null, null)),
                Arguments.of(check("context-relevance", null, "threshold", 0.5), input("anything"),
                        new CheckInput("anything", Map.of("query", "Who won in 1998?", "context", "Cats sleep. Dogs bark."),
                                "", null, null, null)),
                Arguments.of(check("webhook", url("/grade")), input("good"), input("bad")),
                Arguments.of(check("assert-set", null, "assert", List.of(check("contains", "good"),
                        check("icontains", "GOOD"))), input("good"), input("bad")),
                Arguments.of(check("assert-set", null, "threshold", 0.5, "assert", List.of(check("contains", "good"),
                        check("contains", "never"))), input("good"), input("bad")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void passesFailsAndNegates(Map<String, Object> check, CheckInput passing, CheckInput failing) {
        CheckResult pass = ENGINE.evaluate(List.of(check), null, passing).checks().getFirst();
        CheckResult fail = ENGINE.evaluate(List.of(check), null, failing).checks().getFirst();
        Map<String, Object> negated = new LinkedHashMap<>(check);
        negated.put("type", "not-" + check.get("type"));
        CheckResult negatedPass = ENGINE.evaluate(List.of(negated), null, passing).checks().getFirst();
        CheckResult negatedFail = ENGINE.evaluate(List.of(negated), null, failing).checks().getFirst();

        assertThat(pass.pass()).as(pass.reason()).isTrue();
        assertThat(pass.reason()).startsWith("Passed: expected output to ");
        assertThat(fail.pass()).as(fail.reason()).isFalse();
        assertThat(fail.reason()).startsWith("Expected output to ").doesNotContain("could not run");
        assertThat(negatedPass.pass()).isFalse();
        assertThat(negatedFail.pass()).as(negatedFail.reason()).isTrue();
    }

    @Test
    void scoresFollowTheJudgesCounts() {
        CheckResult faithful = ENGINE.evaluate(List.of(check("context-faithfulness", null)), null,
                input("made-up answer")).checks().getFirst();
        CheckResult geval = ENGINE.evaluate(List.of(check("g-eval", List.of("is clear", "is short"))), null,
                input("good reply")).checks().getFirst();

        // 1 of 3 statements supported; the default threshold 0 passes, as in promptfoo
        assertThat(faithful.score()).isEqualTo(1.0 / 3);
        assertThat(faithful.pass()).isTrue();
        assertThat(geval.score()).isEqualTo(0.9);
    }

    @Test
    void aWebhookVerdictTakesItsScoreAndReason() {
        CheckResult good = ENGINE.evaluate(List.of(check("webhook", url("/grade"))), null, input("good")).checks().getFirst();
        CheckResult bad = ENGINE.evaluate(List.of(check("webhook", url("/grade"))), null, input("bad")).checks().getFirst();

        assertThat(good.score()).isEqualTo(0.8);
        assertThat(bad.reason()).isEqualTo("Expected output to satisfy the webhook " + url("/grade")
                + ", but the webhook said: the output is not good");
    }

    @Test
    void aWebhookThatAnswersBadlyOrTooLateFailsTheCheckAndItsNegation() {
        for (String type : List.of("webhook", "not-webhook")) {
            CheckResult text = ENGINE.evaluate(List.of(check(type, url("/text"))), null, input("good")).checks().getFirst();
            CheckResult slow = ENGINE.evaluate(List.of(check(type, url("/slow"), "timeout", 200)), null, input("good"))
                    .checks().getFirst();

            assertThat(text.pass()).isFalse();
            assertThat(text.reason()).contains("answered without a boolean 'pass'");
            assertThat(slow.pass()).isFalse();
            assertThat(slow.reason()).contains("did not answer within 200 ms");
        }
    }

    @Test
    void theRetrievalChecksNameTheVariableTheyMiss() {
        CheckResult result = ENGINE.evaluate(List.of(check("context-faithfulness", null)), null,
                CheckInput.of("answer")).checks().getFirst();

        assertThat(result.reason()).isEqualTo("Check context-faithfulness could not run: context-faithfulness needs "
                + "the user's question in the test's 'query' variable");
    }

    @Test
    void anAssertSetFailsWithTheReasonsOfItsFailedChecks() {
        CaseVerdict verdict = ENGINE.evaluate(List.of(check("assert-set", null, "metric", "tone", "assert",
                List.of(check("contains", "good"), check("contains", "fine")))), null, input("good"));

        assertThat(verdict.checks().getFirst()).isEqualTo(new CheckResult("assert-set", "tone", 1, false, 0.5,
                "Expected output to pass the set of 2 checks, but it scored 0.50: Expected output to contain "
                        + "\"fine\", but it did not"));
    }

    /** Types this class tests, for the registry's test. */
    static List<String> types() {
        List<String> types = new ArrayList<>();
        cases().forEach(a -> types.add((String) ((Map<?, ?>) a.get()[0]).get("type")));
        return types;
    }
}
