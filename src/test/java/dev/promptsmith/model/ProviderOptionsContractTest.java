package dev.promptsmith.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.shared.Role;
import dev.promptsmith.shared.Json;
import dev.promptsmith.simulator.LlmSimulator;
import dev.promptsmith.simulator.RecordedRequest;
import dev.promptsmith.simulator.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A suite provider's config options reach the request body where promptfoo puts them, over real
 * HTTP against the simulator, blocking and streamed, and the raw request shows them.
 */
class ProviderOptionsContractTest {

    private static final Map<String, String> NO_ENV = Map.of();
    private static LlmSimulator simulator;
    private LangChainGateway gateway;

    @BeforeAll
    static void startSimulator() {
        simulator = LlmSimulator.start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @BeforeEach
    void setUp() {
        simulator.reset();
        simulator.replyFor("sim-model", Reply.text("ok"));
        gateway = new LangChainGateway(new ProviderContractTest.FixedKey(ProviderContractTest.KEY), new PriceTable(),
                Duration.ofSeconds(3));
    }

    private static ModelTarget suiteProvider(String id, String baseUrl, Map<String, Object> config) {
        Map<String, Object> withUrl = new java.util.LinkedHashMap<>(config);
        withUrl.put("apiBaseUrl", baseUrl);
        return ProviderIds.parse(id, null, withUrl, NO_ENV::get);
    }

    private static ModelRequest request() {
        return ModelRequest.of(List.of(new ChatMessage(Role.USER, "Say hello.")));
    }

    private Map<String, Object> sentBody() {
        List<RecordedRequest> requests = simulator.requests();
        assertThat(requests).hasSize(1);
        return Json.readObject(requests.getFirst().body());
    }

    @Test
    void openAiSendsEveryOptionAndPromptfoosDefaults() {
        Map<String, Object> schema = Map.of("type", "json_schema", "json_schema", Map.of("name", "greeting",
                "strict", true, "schema", Map.of("type", "object", "properties", Map.of("text", Map.of("type",
                        "string")))));
        List<Object> tools = List.of(Map.of("type", "function", "function", Map.of("name", "get_weather",
                "parameters", Map.of("type", "object", "properties", Map.of("city", Map.of("type", "string"))))));
        ModelTarget target = suiteProvider("openai:chat:sim-model", simulator.openAiBaseUrl(), Map.of(
                "response_format", schema, "tools", tools, "tool_choice", "auto", "frequency_penalty", 0.5,
                "presence_penalty", 0.25, "seed", 7, "stop", List.of("END"), "user", "alice",
                "passthrough", Map.of("logit_bias", Map.of("50256", -100), "n", 1)));

        ModelResponse response = gateway.call(target, request());

        Map<String, Object> body = sentBody();
        assertThat(body).containsEntry("response_format", schema).containsEntry("tools", tools)
                .containsEntry("tool_choice", "auto").containsEntry("frequency_penalty", 0.5)
                .containsEntry("presence_penalty", 0.25).containsEntry("seed", 7)
                .containsEntry("stop", List.of("END")).containsEntry("user", "alice")
                .containsEntry("logit_bias", Map.of("50256", -100)).containsEntry("n", 1)
                // promptfoo's defaults: max_tokens 1024, temperature 0
                .containsEntry("max_tokens", 1024).containsEntry("temperature", 0.0)
                .doesNotContainKeys("passthrough", "apiBaseUrl", "max_completion_tokens");
        assertThat(response.exchange().request()).contains("\"frequency_penalty\":0.5", "\"logit_bias\"");
    }

    @Test
    void aReasoningModelGetsMaxCompletionTokensAndNoTemperature() {
        simulator.replyFor("o4-mini", Reply.text("ok"));
        ModelTarget target = ProviderIds.parse("openai:chat:o4-mini", null, Map.of("apiBaseUrl",
                simulator.openAiBaseUrl(), "max_completion_tokens", 300, "reasoning_effort", "low"),
                Map.of("OPENAI_MAX_TOKENS", "77", "OPENAI_TEMPERATURE", "0.3")::get);

        gateway.call(target, request());

        assertThat(sentBody()).containsEntry("max_completion_tokens", 300).containsEntry("reasoning_effort", "low")
                .doesNotContainKeys("max_tokens", "temperature");
    }

    @Test
    void theDefaultsComeFromPromptfoosEnvironmentVariables() {
        ModelTarget target = ProviderIds.parse("openai:chat:sim-model", null, Map.of("apiBaseUrl",
                simulator.openAiBaseUrl(), "temperature", 0.9), Map.of("OPENAI_MAX_TOKENS", "77",
                "OPENAI_TEMPERATURE", "0.3", "OPENAI_TOP_P", "0.5")::get);

        gateway.call(target, request());

        assertThat(sentBody()).containsEntry("max_tokens", 77).containsEntry("temperature", 0.9)
                .containsEntry("top_p", 0.5);
    }

    @Test
    void omitDefaultsSendsNoneOfThem() {
        ModelTarget target = suiteProvider("openai:chat:sim-model", simulator.openAiBaseUrl(),
                Map.of("omitDefaults", true));

        gateway.call(target, request());

        assertThat(sentBody()).doesNotContainKeys("max_tokens", "temperature", "omitDefaults");
    }

    @Test
    void aStreamedCallSendsTheOptionsToo() throws Exception {
        ModelTarget target = suiteProvider("openai:chat:sim-model", simulator.openAiBaseUrl(),
                Map.of("presence_penalty", 0.25));

        gateway.stream(target, request(), token -> { }).result().get(5, TimeUnit.SECONDS);

        assertThat(sentBody()).containsEntry("presence_penalty", 0.25).containsEntry("stream", true)
                .containsEntry("max_tokens", 1024);
    }

    @Test
    void anthropicSendsItsOptionsAndPromptfoosDefaults() {
        List<Object> tools = List.of(Map.of("name", "get_weather", "input_schema", Map.of("type", "object")));
        ModelTarget target = suiteProvider("anthropic:messages:sim-model", simulator.anthropicBaseUrl(), Map.of(
                "top_k", 40, "stop_sequences", List.of("END"), "tools", tools, "tool_choice", Map.of("type", "auto"),
                "metadata", Map.of("user_id", "u1")));

        gateway.call(target, request());

        assertThat(sentBody()).containsEntry("top_k", 40).containsEntry("stop_sequences", List.of("END"))
                .containsEntry("tools", tools).containsEntry("tool_choice", Map.of("type", "auto"))
                .containsEntry("metadata", Map.of("user_id", "u1"))
                .containsEntry("max_tokens", 1024).containsEntry("temperature", 0.0);
    }

    @Test
    void anthropicWithThinkingSendsNoTemperatureAndMoreTokens() {
        Map<String, Object> thinking = Map.of("type", "enabled", "budget_tokens", 1024);
        ModelTarget target = suiteProvider("anthropic:messages:sim-model", simulator.anthropicBaseUrl(),
                Map.of("thinking", thinking));

        gateway.call(target, request());

        assertThat(sentBody()).containsEntry("thinking", thinking).containsEntry("max_tokens", 2048)
                .doesNotContainKey("temperature");
    }

    @Test
    void ollamaPutsOptionsUnderOptionsAndTheRestOnTop() {
        ModelTarget target = suiteProvider("ollama:chat:sim-model", simulator.ollamaBaseUrl(), Map.of(
                "num_predict", 64, "num_ctx", 4096, "top_k", 20, "think", false, "keep_alive", "5m",
                "passthrough", Map.of("options", Map.of("min_p", 0.1))));

        gateway.call(target, request());

        Map<String, Object> body = sentBody();
        assertThat(body).containsEntry("think", false).containsEntry("keep_alive", "5m");
        assertThat(body.get("options")).isInstanceOfSatisfying(Map.class, options -> assertThat(options)
                .containsEntry("num_predict", 64).containsEntry("num_ctx", 4096).containsEntry("top_k", 20)
                .containsEntry("min_p", 0.1));
        assertThat(body).doesNotContainKeys("num_ctx", "passthrough", "temperature", "max_tokens");
    }

    @Test
    void geminiPutsGenerationOptionsUnderGenerationConfig() {
        List<Object> safety = List.of(Map.of("category", "HARM_CATEGORY_HATE_SPEECH", "threshold", "BLOCK_NONE"));
        ModelTarget target = suiteProvider("google:sim-model", simulator.geminiBaseUrl(), Map.of(
                "temperature", 0.2, "topK", 5, "maxOutputTokens", 99,
                "generationConfig", Map.of("candidateCount", 1), "safetySettings", safety));

        gateway.call(target, request());

        Map<String, Object> body = sentBody();
        assertThat(body).containsEntry("safetySettings", safety);
        assertThat(body.get("generationConfig")).isInstanceOfSatisfying(Map.class, generation -> assertThat(
                generation).containsEntry("temperature", 0.2).containsEntry("topK", 5)
                .containsEntry("maxOutputTokens", 99).containsEntry("candidateCount", 1));
        assertThat(body).doesNotContainKeys("topK", "temperature", "maxOutputTokens");
    }

    @Test
    void aCallsOwnParametersComeBeforeTheConfigs() {
        ModelTarget target = suiteProvider("openai:chat:sim-model", simulator.openAiBaseUrl(),
                Map.of("temperature", 0.9, "max_tokens", 50));

        gateway.call(target, request().withTemperature(0.1).withMaxTokens(5));

        assertThat(sentBody()).containsEntry("temperature", 0.1).containsEntry("max_tokens", 5);
    }
}
