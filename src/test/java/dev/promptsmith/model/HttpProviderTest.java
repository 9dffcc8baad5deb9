package dev.promptsmith.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.promptsmith.shared.Role;
import dev.promptsmith.shared.Json;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** promptfoo's generic http provider against a local server: the request as configured, the output by path. */
class HttpProviderTest {

    private record Received(String method, String path, String contentType, String team, String body) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private volatile int status = 200;
    private volatile String answer = "{\"reply\":{\"text\":\"Hello Ada\"},\"items\":[1,2]}";
    private LangChainGateway gateway;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("X-Team"), body));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        gateway = new LangChainGateway(new ProviderContractTest.FixedKey("sk-not-for-http"), new PriceTable(),
                Duration.ofSeconds(3));
    }

    @AfterEach
    void stop() {
        gateway.close();
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/chat";
    }

    private static ModelRequest hello() {
        return ModelRequest.of(List.of(new ChatMessage(Role.USER, "Say \"hi\" to Ada")));
    }

    @Test
    void theBodyGetsThePromptAndTheOutputIsThePartThePathNames() {
        ModelTarget target = ProviderIds.parse(url(), null, Map.of("headers", Map.of("X-Team", "qa"),
                "body", Map.of("message", "{{prompt}}", "options", Map.of("lang", "en")),
                "transformResponse", "json.reply.text"));

        ModelResponse response = gateway.call(target, hello());

        assertThat(response.text()).isEqualTo("Hello Ada");
        assertThat(received).hasSize(1);
        Received request = received.getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.team()).isEqualTo("qa");
        assertThat(request.contentType()).isEqualTo("application/json");
        assertThat(Json.readObject(request.body())).isEqualTo(Map.of("message", "Say \"hi\" to Ada",
                "options", Map.of("lang", "en")));
        assertThat(response.exchange().request()).contains("POST " + url()).doesNotContain("sk-not-for-http");
        assertThat(response.exchange().response()).contains("Hello Ada");
    }

    @Test
    void theHttpIdTakesItsUrlFromTheConfigAndATextBodyIsFilledAsText() throws Exception {
        ModelTarget target = ProviderIds.parse("http", "my api", Map.of("url", url(), "method", "post",
                "headers", Map.of("Content-Type", "text/plain"), "body", "Q: {{ prompt }}"));

        ModelResponse response = gateway.stream(target, hello(), token -> { }).result().get(5, TimeUnit.SECONDS);

        assertThat(received.getFirst().body()).isEqualTo("Q: Say \"hi\" to Ada");
        assertThat(received.getFirst().contentType()).isEqualTo("text/plain");
        assertThat(response.text()).isEqualTo(answer);
        assertThat(ProviderIds.parse("http", null, Map.of("url", url(), "transformResponse", "json.items"))
                .kind()).isEqualTo(ProviderKind.HTTP);
    }

    @Test
    void aNonListValueIsItsJsonAndAnErrorStatusIsAModelError() {
        ModelTarget items = ProviderIds.parse(url(), null, Map.of("transformResponse", "json.items"));
        assertThat(gateway.call(items, hello()).text()).isEqualTo("[1,2]");

        status = 503;
        assertThatThrownBy(() -> gateway.call(items, hello())).isInstanceOfSatisfying(ModelException.class,
                e -> assertThat(e.kind()).isEqualTo(ModelErrorKind.SERVER_ERROR));
    }

    @Test
    void whatPromptsmithCannotDoIsRefusedWithTheKey() {
        assertThat(ProviderIds.problems(url(), Map.of("transformResponse", "(json) => json.reply.text")))
                .containsOnlyKeys("transformResponse");
        assertThat(ProviderIds.problems(url(), Map.of("transformResponse", "file://parse.js")))
                .containsOnlyKeys("transformResponse");
        assertThat(ProviderIds.problems(url(), Map.of("body", Map.of("user", "{{name}}"), "method", "PUT",
                "tokenEstimation", true))).containsOnlyKeys("body", "method", "tokenEstimation");
        assertThat(ProviderIds.problems("http", Map.of())).containsOnlyKeys("id");
        assertThat(ProviderIds.problems("bedrock:claude", Map.of()).get("id")).contains("https://URL", "echo");
    }
}
