package dev.promptsmith.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.model.secret.ApiKeys;
import dev.promptsmith.model.secret.KeyVariables;
import dev.promptsmith.model.secret.MasterKey;
import dev.promptsmith.model.secret.SecretStore;
import dev.promptsmith.shared.Role;
import dev.promptsmith.simulator.LlmSimulator;
import dev.promptsmith.simulator.RecordedRequest;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.H2Database;
import java.nio.file.Path;
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
 * Over real HTTP, with keys entered into a real database: a key goes to the destination it was
 * entered or named for, and a server at any other URL receives no Authorization header.
 */
class KeyRoutingTest {

    private static final String ENTERED = "sk-entered-for-home-1234567890";
    private static final String CI_SECRET = "ci-secret-value-must-stay-home";
    private static final String GROQ_KEY = "gsk-groq-key-for-groq-only-0987";

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
        SecretStore secrets = new SecretStore(database.jdbc(), new dev.promptsmith.model.secret.SecretCipher(
                new MasterKey(temp, environment::get), new java.security.SecureRandom()), Clock.systemUTC());
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
    void anEnteredKeyGoesToItsBaseUrlAndNoOtherUrlReceivesIt() {
        // given: a key entered for the model at home
        ModelTarget atHome = target("home", home.openAiBaseUrl(), null);
        keys.store(atHome.keyDestination(), ENTERED);

        // when: the same model is called at home, then at another URL (a typed one, a suite's apiBaseUrl)
        gateway.call(atHome, hello());
        gateway.call(target("typed elsewhere", elsewhere.openAiBaseUrl(), null), hello());
        gateway.call(target("same host, other port", elsewhere.openAiBaseUrl().replace("/v1", "/v1/../v2"), null),
                hello());

        // then
        assertThat(home.requests()).extracting(r -> r.header("authorization")).containsExactly("Bearer " + ENTERED);
        assertThat(elsewhere.requests()).isNotEmpty().extracting(r -> r.header("authorization")).containsOnlyNulls();
        assertThat(elsewhere.requests()).extracting(RecordedRequest::headers).extracting(Object::toString)
                .noneMatch(headers -> headers.contains(ENTERED));
    }

    @Test
    void aSuiteProviderAtAnotherUrlThatIsRefusedForWantOfAKeySaysSoAndWhatToDo() {
        // given: a server that wants a key, and a key entered for another URL only
        keys.store(target("home", home.openAiBaseUrl(), null).keyDestination(), ENTERED);
        elsewhere.reply(Reply.error(401, "Missing bearer token"));
        ModelTarget suiteProvider = target("openai:chat:m", elsewhere.openAiBaseUrl(), null);

        // when / then
        assertThatThrownBy(() -> gateway.call(suiteProvider, hello()))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("sent without a key")
                .hasMessageContaining("no API key for " + elsewhere.openAiBaseUrl())
                .hasMessageContaining("enter a key for this URL on the Models screen")
                .hasMessageNotContaining(ENTERED);
        assertThat(elsewhere.requests()).extracting(r -> r.header("authorization")).containsOnlyNulls();
    }

    @Test
    void aSuiteCannotSendAnEnvironmentVariableThatIsNoApiKeyToItsUrl() {
        // given: a CI secret in the environment, and a suite provider that names it
        environment.put("AWS_SECRET_ACCESS_KEY", CI_SECRET);
        ModelTarget greedy = target("greedy", elsewhere.openAiBaseUrl(), "AWS_SECRET_ACCESS_KEY");

        // when / then
        assertThatThrownBy(() -> gateway.call(greedy, hello()))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("apiKeyEnvar 'AWS_SECRET_ACCESS_KEY' is not read")
                .hasMessageNotContaining(CI_SECRET)
                .extracting(e -> ((ModelException) e).kind()).isEqualTo(ModelErrorKind.AUTHENTICATION);
        assertThat(elsewhere.requests()).isEmpty();
    }

    @Test
    void aServicesUsualVariableDoesNotFollowItsProviderIdToAnotherUrl() {
        // given: GROQ_API_KEY and OPENAI_API_KEY set; a suite that points groq: and openai: elsewhere
        environment.put("GROQ_API_KEY", GROQ_KEY);
        environment.put("OPENAI_API_KEY", ENTERED);
        ModelTarget groq = ProviderIds.parse("groq:llama-3.1-8b", null, Map.of("apiBaseUrl", elsewhere.openAiBaseUrl()));
        ModelTarget openai = ProviderIds.parse("openai:chat:m", null, Map.of("apiBaseUrl", elsewhere.openAiBaseUrl()));

        // when
        gateway.call(groq, hello());
        gateway.call(openai, hello());

        // then
        assertThat(elsewhere.requests()).hasSize(2).extracting(r -> r.header("authorization")).containsOnlyNulls();
        assertThat(ProviderIds.parse("groq:llama-3.1-8b", null, Map.of()).apiKeyEnvar()).isEqualTo("GROQ_API_KEY");
    }

    @Test
    void theUsualVariableGoesToABaseUrlSetInTheSameEnvironmentButNotToTheSuitesOwn() {
        // given: the user set OPENAI_BASE_URL and OPENAI_API_KEY; one suite names no URL, one its own
        environment.put("OPENAI_BASE_URL", home.openAiBaseUrl());
        environment.put("OPENAI_API_KEY", ENTERED);
        ModelTarget fromEnvironment = ProviderIds.parse("openai:chat:m", null, Map.of(), environment::get);
        ModelTarget fromSuite = ProviderIds.parse("openai:chat:m", null, Map.of("apiBaseUrl",
                elsewhere.openAiBaseUrl()), environment::get);

        // when
        gateway.call(fromEnvironment, hello());
        gateway.call(fromSuite, hello());

        // then
        assertThat(fromEnvironment.baseUrl()).isEqualTo(home.openAiBaseUrl());
        assertThat(home.requests()).extracting(r -> r.header("authorization")).containsExactly("Bearer " + ENTERED);
        assertThat(elsewhere.requests()).hasSize(1).extracting(r -> r.header("authorization")).containsOnlyNulls();
    }

    @Test
    void aKeysIdentityTellsKeysApartWithoutShowingThem() {
        // given
        environment.put("FIRST_API_KEY", "sk-first-identity-0001");
        environment.put("SECOND_API_KEY", "sk-second-identity-0002");
        ModelTarget first = target("first", home.openAiBaseUrl(), "FIRST_API_KEY");

        // when
        String identity = gateway.keyIdentity(first);

        // then
        assertThat(identity).hasSize(32).doesNotContain("sk-first").isEqualTo(gateway.keyIdentity(first));
        assertThat(gateway.keyIdentity(target("second", home.openAiBaseUrl(), "SECOND_API_KEY"))).isNotEqualTo(identity);
        assertThat(gateway.keyIdentity(target("none", home.openAiBaseUrl(), null))).isEmpty();
    }

    private static ModelTarget target(String name, String baseUrl, String apiKeyEnvar) {
        return new ModelTarget(null, name, ProviderKind.OPENAI, "m", baseUrl, apiKeyEnvar, Map.of());
    }

    private static ModelRequest hello() {
        return ModelRequest.of(List.of(new ChatMessage(Role.USER, "Say OK")));
    }
}
