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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * azure:chat:DEPLOYMENT against the simulator: the deployment's URL with the API version, the key
 * in an api-key header (from AZURE_API_KEY only for a resource set in the same environment), and
 * promptfoo's Azure defaults in the body.
 */
class AzureContractTest {

    private static final String KEY = "azure-key-0123456789abcdef";

    private final LlmSimulator simulator = LlmSimulator.start();
    private final LlmSimulator elsewhere = LlmSimulator.start();
    private Map<String, String> env;
    private String resource;

    @BeforeEach
    void setUp() {
        simulator.replyFor("gpt-4o-prod", Reply.text("Hello from Azure"));
        elsewhere.replyFor("gpt-4o-prod", Reply.text("Hello from elsewhere"));
        resource = simulator.openAiBaseUrl().replaceFirst("/v1$", "");
        env = Map.of("AZURE_API_BASE_URL", resource, "AZURE_API_KEY", KEY);
    }

    @AfterEach
    void tearDown() {
        simulator.close();
        elsewhere.close();
    }

    private ModelResponse call(ModelTarget target) {
        try (LangChainGateway gateway = new LangChainGateway(new EnvironmentApiKeys(env::get, List.of(target)),
                new PriceTable(), Duration.ofSeconds(3))) {
            return gateway.call(target, ModelRequest.of(List.of(new ChatMessage(Role.USER, "Say hello."))));
        }
    }

    @Test
    void aDeploymentIsCalledWithItsApiVersionTheKeyHeaderAndPromptfoosDefaults() {
        ModelTarget target = ProviderIds.parse("azure:chat:gpt-4o-prod", null, Map.of("seed", 3), env::get);

        ModelResponse response = call(target);

        assertThat(response.text()).isEqualTo("Hello from Azure");
        RecordedRequest request = simulator.requests().getFirst();
        assertThat(request.path()).endsWith("/openai/deployments/gpt-4o-prod/chat/completions");
        assertThat(response.exchange().request()).contains("api-version=2024-12-01-preview").doesNotContain(KEY);
        assertThat(request.header("api-key")).isEqualTo(KEY);
        assertThat(request.header("authorization")).isNull();
        assertThat(Json.readObject(request.body())).containsEntry("seed", 3).containsEntry("max_tokens", 1024)
                .containsEntry("temperature", 0.0).containsEntry("top_p", 1.0).containsEntry("presence_penalty", 0.0)
                .containsEntry("frequency_penalty", 0.0);
    }

    @Test
    void aResourceNamedByTheSuiteGetsNoKeyFromTheEnvironmentAndItsOwnApiVersion() {
        ModelTarget target = ProviderIds.parse("azure:chat:gpt-4o-prod", null, Map.of("apiBaseUrl",
                elsewhere.openAiBaseUrl().replaceFirst("/v1$", ""), "apiVersion", "2025-01-01"), env::get);

        ModelResponse response = call(target);

        assertThat(response.text()).isEqualTo("Hello from elsewhere");
        RecordedRequest request = elsewhere.requests().getFirst();
        assertThat(request.header("api-key")).isNull();
        assertThat(request.header("authorization")).isNull();
        assertThat(response.exchange().request()).contains("api-version=2025-01-01");
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void aReasoningDeploymentGetsMaxCompletionTokensAndMediumEffort() {
        simulator.replyFor("o3-mini", Reply.text("ok"));
        ModelTarget target = ProviderIds.parse("azure:chat:o3-mini", null, Map.of("max_tokens", 500), env::get);

        call(target);

        assertThat(Json.readObject(simulator.requests().getFirst().body())).containsEntry("max_completion_tokens", 500)
                .containsEntry("reasoning_effort", "medium").doesNotContainKeys("max_tokens", "temperature");
        assertThat(ProviderIds.problems("azure:chat:o3-mini", Map.of("temperature", 1))).containsOnlyKeys(
                "temperature");
        assertThat(ProviderIds.problems("azure:chat:gpt-4o", Map.of("user", "u"))).containsOnlyKeys("user");
    }
}
