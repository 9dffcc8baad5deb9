package dev.promptsmith.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.promptsmith.shared.Role;
import dev.promptsmith.shared.Json;
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
 * When a model answers with tool calls, the output the checks see is what promptfoo gives them:
 * the OpenAI tool_calls as JSON (the whole message when it has text too), Anthropic's tool_use
 * blocks as JSON. A local server answers in each API's own words.
 */
class ToolCallAnswerTest {

    private HttpServer server;
    private volatile String answer;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    private ModelResponse call(String id) {
        LangChainGateway gateway = new LangChainGateway(new ProviderContractTest.FixedKey("sk-test"),
                new PriceTable(), Duration.ofSeconds(3));
        ModelTarget target = ProviderIds.parse(id, null, Map.of("apiBaseUrl", baseUrl()), name -> null);
        return gateway.call(target, ModelRequest.of(List.of(new ChatMessage(Role.USER, "Weather in Paris?"))));
    }

    private static String openAiAnswer(String content) {
        return """
                {"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,
                "message":{"role":"assistant","content":%s,"tool_calls":[{"id":"call_1","type":"function",
                "function":{"name":"get_weather","arguments":"{\\"city\\":\\"Paris\\"}"}}]},
                "finish_reason":"tool_calls"}],"usage":{"prompt_tokens":5,"completion_tokens":3,"total_tokens":8}}
                """.formatted(content);
    }

    @Test
    void anOpenAiToolCallIsTheToolCallsJson() {
        answer = openAiAnswer("null");

        ModelResponse response = call("openai:chat:m");

        assertThat(Json.readList(response.text())).isEqualTo(List.of(Map.of("id", "call_1", "type", "function",
                "function", Map.of("name", "get_weather", "arguments", "{\"city\":\"Paris\"}"))));
        assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL);
    }

    @Test
    void anOpenAiToolCallWithTextIsTheWholeMessage() {
        answer = openAiAnswer("\"Let me look.\"");

        ModelResponse response = call("openai:chat:m");

        Map<String, Object> message = Json.readObject(response.text());
        assertThat(message).containsEntry("role", "assistant").containsEntry("content", "Let me look.");
        assertThat(message.get("tool_calls")).isInstanceOfSatisfying(List.class, calls -> assertThat(calls).hasSize(1));
    }

    @Test
    void anOpenAiLegacyFunctionCallIsTheCallItselfAsPromptfooGivesIt() {
        answer = """
                {"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,
                "message":{"role":"assistant","content":null,"function_call":{"name":"convert",
                "arguments":"{\\"amount\\":3}"}},"finish_reason":"function_call"}],
                "usage":{"prompt_tokens":5,"completion_tokens":3,"total_tokens":8}}
                """;

        ModelResponse response = call("openai:chat:m");

        assertThat(response.text()).isEqualTo("{\"name\":\"convert\",\"arguments\":\"{\\\"amount\\\":3}\"}");
    }

    @Test
    void anAnthropicToolUseIsItsBlockAsJsonAfterTheText() {
        answer = """
                {"id":"msg_1","type":"message","role":"assistant","model":"m","content":[
                {"type":"text","text":"Let me look."},
                {"type":"tool_use","id":"toolu_1","name":"get_weather","input":{"city":"Paris"}}],
                "stop_reason":"tool_use","usage":{"input_tokens":5,"output_tokens":3}}
                """;

        ModelResponse response = call("anthropic:messages:m");

        String[] blocks = response.text().split("\n\n");
        assertThat(blocks[0]).isEqualTo("Let me look.");
        assertThat(Json.readObject(blocks[1])).isEqualTo(Map.of("type", "tool_use", "id", "toolu_1",
                "name", "get_weather", "input", Map.of("city", "Paris")));
    }
}
