package dev.promptsmith.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.model.secret.ApiKeys;
import dev.promptsmith.model.secret.KeyVariables;
import dev.promptsmith.model.secret.MasterKey;
import dev.promptsmith.model.secret.SecretCipher;
import dev.promptsmith.model.secret.SecretStore;
import dev.promptsmith.shared.Json;
import dev.promptsmith.shared.Role;
import dev.promptsmith.simulator.LlmSimulator;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.H2Database;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * openai:responses:MODEL as a suite names it: promptfoo's defaults and refusals, a request's own
 * options in the Responses body, and OpenAI's keys going only where OpenAI's keys may go.
 */
class ResponsesProviderTest {

    private static final String KEY = "sk-openai-key-for-home-only-42";

    @TempDir
    Path temp;

    private final Map<String, String> environment = new HashMap<>();
    private final LlmSimulator home = LlmSimulator.start();
    private final LlmSimulator elsewhere = LlmSimulator.start();
    private H2Database database;
    private ApiKeys keys;
    private LangChainGateway gateway;

    @BeforeEach
    void setUp() {
        database = new H2Database(temp);
        environment.put(MasterKey.VARIABLE, "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=");
        SecretStore secrets = new SecretStore(database.jdbc(), new SecretCipher(new MasterKey(temp, environment::get),
                new SecureRandom()), Clock.systemUTC());
        keys = new ApiKeys(secrets, environment::get, KeyVariables.allowing(null));
        gateway = new LangChainGateway(new StoredApiKeys(keys, new ModelTargetStore(database.jdbc(), Clock.systemUTC())),
                new PriceTable(), Duration.ofSeconds(5));
        home.reply(Reply.text("OK"));
        elsewhere.reply(Reply.text("OK"));
    }

    @AfterEach
    void tearDown() {
        gateway.close();
        home.close();
        elsewhere.close();
        database.shutdown();
    }

    @Test
    void theIdNamesTheResponsesApiAtOpenAisEndpointWithPromptfoosDefaults() {
        ModelTarget plain = ProviderIds.parse("openai:responses:gpt-4.1", null, Map.of(), name -> null);
        ModelTarget reasoning = ProviderIds.parse("openai:responses:gpt-5", null, Map.of(),
                Map.of("OPENAI_MAX_TOKENS", "900")::get);

        assertThat(plain.kind()).isEqualTo(ProviderKind.OPENAI_RESPONSES);
        assertThat(plain.providerId()).isEqualTo("openai:responses:gpt-4.1");
        assertThat(plain.effectiveBaseUrl()).isEqualTo("https://api.openai.com/v1");
        assertThat(plain.keyDestination().secretName()).isEqualTo("provider:openai");
        assertThat(plain.parameters()).isEqualTo(Map.of("max_output_tokens", 1024, "temperature", 0.0));
        assertThat(reasoning.parameters()).isEqualTo(Map.of("max_output_tokens", 900));
    }

    @Test
    void optionsPromptfoosResponsesProviderDoesNotSendAreRefusedWithWhatToUse() {
        assertThat(ProviderIds.problems("openai:responses:gpt-4.1", Map.of("max_tokens", 10, "seed", 1,
                "background", true, "instructions", "Be brief.", "store", false))).containsOnlyKeys("max_tokens", "seed",
                "background");
        assertThat(ProviderIds.problems("openai:responses:gpt-4.1", Map.of("max_tokens", 10)).get("max_tokens"))
                .contains("use max_output_tokens");
        assertThat(ProviderIds.problems("openai:responses:o4-mini", Map.of("temperature", 1))).containsOnlyKeys(
                "temperature");
        assertThat(ProviderIds.problems("openai:responses:gpt-4.1", Map.of("reasoning", Map.of("effort", "low"))))
                .containsOnlyKeys("reasoning");
        assertThat(ProviderIds.problems("openai:responses:gpt-5", Map.of("reasoning_effort", "low", "top_p", 0.5)))
                .containsOnlyKeys("top_p");
    }

    @Test
    void aRequestsOwnOptionsGoWhereTheResponsesApiReadsThem() {
        ModelTarget target = ProviderIds.parse("openai:responses:gpt-4.1", null, Map.of("apiBaseUrl",
                home.openAiBaseUrl(), "instructions", "Be brief."), name -> null);
        ModelRequest request = new ModelRequest(List.of(new ChatMessage(Role.SYSTEM, "You are terse."),
                new ChatMessage(Role.USER, "List two colours.")), 0.7, 0.5, 64, List.of("END"), 7, true, null);

        gateway.call(target, request);

        assertThat(home.requests().getFirst().path()).isEqualTo("/v1/responses");
        assertThat(Json.readObject(home.requests().getFirst().body())).isEqualTo(Map.of("model", "gpt-4.1",
                "input", List.of(Map.of("role", "system", "content", "You are terse."),
                        Map.of("role", "user", "content", "List two colours.")),
                "max_output_tokens", 64, "temperature", 0.7, "top_p", 0.5, "instructions", "Be brief.",
                "text", Map.of("format", Map.of("type", "json_object"))));
    }

    @Test
    void aConfigThatStreamsIsReadFromTheEventStream() {
        home.replyFor("gpt-4.1", Reply.text("one two three").usage(5, 3));
        ModelTarget target = ProviderIds.parse("openai:responses:gpt-4.1", null, Map.of("apiBaseUrl",
                home.openAiBaseUrl(), "stream", true), name -> null);

        ModelResponse response = gateway.call(target, hello());

        assertThat(home.requests()).singleElement().satisfies(request -> assertThat(request.stream()).isTrue());
        assertThat(response.text()).isEqualTo("one two three");
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.tokensOut()).isEqualTo(3);
        assertThat(response.responseId()).startsWith("resp_");
    }

    @Test
    void openAisKeyGoesToTheResponsesApiAtOpenAisUrlOnly() {
        // given: OPENAI_BASE_URL and OPENAI_API_KEY set together; one suite names no URL, one its own
        environment.put("OPENAI_BASE_URL", home.openAiBaseUrl());
        environment.put("OPENAI_API_KEY", KEY);
        ModelTarget fromEnvironment = ProviderIds.parse("openai:responses:m", null, Map.of(), environment::get);
        ModelTarget fromSuite = ProviderIds.parse("openai:responses:m", null, Map.of("apiBaseUrl",
                elsewhere.openAiBaseUrl()), environment::get);

        // when
        gateway.call(fromEnvironment, hello());
        gateway.call(fromSuite, hello());

        // then
        assertThat(home.requests()).extracting(r -> r.header("authorization")).containsExactly("Bearer " + KEY);
        assertThat(elsewhere.requests()).hasSize(1).extracting(r -> r.header("authorization")).containsOnlyNulls();
    }

    @Test
    void aKeyEnteredForOpenAiAtAUrlServesBothOfItsApisThere() {
        ModelTarget chat = new ModelTarget(null, "chat", ProviderKind.OPENAI, "m", home.openAiBaseUrl(), null, Map.of());
        ModelTarget responses = new ModelTarget(null, "responses", ProviderKind.OPENAI_RESPONSES, "m",
                home.openAiBaseUrl(), null, Map.of());
        keys.store(chat.keyDestination(), KEY);

        gateway.call(responses, hello());
        gateway.call(new ModelTarget(null, "elsewhere", ProviderKind.OPENAI_RESPONSES, "m", elsewhere.openAiBaseUrl(),
                null, Map.of()), hello());

        assertThat(home.requests()).extracting(r -> r.header("authorization")).containsExactly("Bearer " + KEY);
        assertThat(elsewhere.requests()).hasSize(1).extracting(r -> r.header("authorization")).containsOnlyNulls();
    }

    @Test
    void bedrockIsRefusedWithWhatToUseInstead() {
        assertThatThrownBy(() -> ProviderIds.parse("bedrock:anthropic.claude-3-haiku", null, Map.of()))
                .hasMessageStartingWith("provider 'bedrock:anthropic.claude-3-haiku' is not supported")
                .hasMessageContaining("AWS-signed").hasMessageContaining("config.apiBaseUrl");
    }

    private static ModelRequest hello() {
        return ModelRequest.of(List.of(new ChatMessage(Role.USER, "Say OK")));
    }
}
