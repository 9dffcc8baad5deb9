package dev.promptsmith.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.promptsmith.shared.Json;
import dev.promptsmith.shared.Role;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The output of an openai:responses answer is what promptfoo's Responses processor makes of
 * {@code output[]}: message text, function calls as their JSON, reasoning summaries, refusals; a local
 * server answers in the Responses API's own words.
 */
class ResponsesAnswerTest {

    private HttpServer server;
    private volatile String answer;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().endsWith("/v1/responses") ? 200 : 404,
                    bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private ModelResponse call(String outputJson) {
        return call(outputJson, "completed", null);
    }

    private ModelResponse call(String outputJson, String status, String incompleteReason) {
        answer = """
                {"id":"resp_1","object":"response","status":"%s","incomplete_details":%s,"model":"gpt-4.1",
                "output":%s,"usage":{"input_tokens":11,"output_tokens":7,"total_tokens":18}}
                """.formatted(status, incompleteReason == null ? "null" : "{\"reason\":\"" + incompleteReason + "\"}",
                outputJson);
        try (LangChainGateway gateway = new LangChainGateway(new ProviderContractTest.FixedKey("sk-test"),
                new PriceTable(), Duration.ofSeconds(3))) {
            ModelTarget target = ProviderIds.parse("openai:responses:gpt-4.1", null, Map.of("apiBaseUrl",
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/v1"), name -> null);
            return gateway.call(target, ModelRequest.of(List.of(new ChatMessage(Role.USER, "Weather in Paris?"))));
        }
    }

    private static final String CALL = """
            {"type":"function_call","id":"fc_1","call_id":"call_1","name":"get_weather",
            "arguments":"{\\"city\\":\\"Paris\\"}","status":"completed"}""";

    @Test
    void aFunctionCallIsItsItemAsJson() {
        ModelResponse response = call("[" + CALL + "]");

        assertThat(Json.readObject(response.text())).isEqualTo(Map.of("type", "function_call", "id", "fc_1",
                "call_id", "call_1", "name", "get_weather", "arguments", "{\"city\":\"Paris\"}", "status", "completed"));
        assertThat(response.text()).startsWith("{\"type\":\"function_call\",\"id\":\"fc_1\"");
        assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL);
        assertThat(response.tokensIn()).isEqualTo(11);
        assertThat(response.tokensOut()).isEqualTo(7);
        assertThat(response.tokensEstimated()).isFalse();
        assertThat(response.responseId()).isEqualTo("resp_1");
    }

    @Test
    void eachOutputItemIsALineOfTheOutput() {
        ModelResponse response = call("""
                [{"type":"reasoning","id":"rs_1","summary":[{"type":"summary_text","text":"Look it up."}]},
                 {"type":"message","role":"assistant","content":[{"type":"output_text","text":"Let me "},
                  {"type":"output_text","text":"check."}]},
                 %s,
                 {"type":"web_search_call","status":"completed","action":{"type":"search","query":"Paris weather"}}]
                """.formatted(CALL));

        assertThat(response.text().lines().toList()).containsExactly("Reasoning: Look it up.", "Let me check.",
                CALL.replace("\n", ""), "Web Search: \"Paris weather\"");
    }

    @Test
    void aFunctionCallWithoutArgumentsIsPromptfoosNote() {
        ModelResponse response = call("""
                [{"type":"function_call","name":"now","arguments":"{}","status":"completed"}]""");

        assertThat(Json.readObject(response.text())).containsEntry("name", "now")
                .containsEntry("status", "no_arguments_provided");
    }

    @Test
    void aRefusalIsTheOutput() {
        ModelResponse response = call("""
                [{"type":"message","role":"assistant","content":[{"type":"refusal","refusal":"I can't help."}]}]""");

        assertThat(response.text()).isEqualTo("I can't help.");
    }

    @Test
    void anAnswerCutAtItsTokenLimitIsTruncated() {
        ModelResponse response = call("""
                [{"type":"message","role":"assistant","content":[{"type":"output_text","text":"{\\"items\\": [1, 2"}]}]
                """, "incomplete", "max_output_tokens");

        assertThat(response.text()).isEqualTo("{\"items\": [1, 2");
        assertThat(response.finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(response.truncated()).isTrue();
    }

    @Test
    void anAnswerWithoutOutputIsAnError() {
        assertThatThrownBy(() -> call("[]")).isInstanceOfSatisfying(ModelException.class,
                e -> assertThat(e.getMessage()).contains("openai:responses:gpt-4.1").contains("no output items"));
    }
}
