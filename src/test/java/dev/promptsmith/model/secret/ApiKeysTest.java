package dev.promptsmith.model.secret;

import static dev.promptsmith.model.secret.TestKeys.KEY_A;
import static dev.promptsmith.model.secret.TestKeys.PLAINTEXT;
import static dev.promptsmith.model.secret.TestKeys.assertLeaksNothing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.promptsmith.support.H2Database;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiKeysTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    private static final String ENTERED = "sk-entered-in-promptsmith-000111";
    private static final String FROM_ENVIRONMENT = "sk-from-the-environment-222333";
    private static final KeyDestination OPENAI = KeyDestination.of("openai", null, "https://api.openai.com/v1");
    private static final KeyDestination LOCAL = KeyDestination.of("openai", "http://localhost:1234/v1",
            "https://api.openai.com/v1");

    @TempDir
    Path temp;

    private final Map<String, String> environment = new HashMap<>();
    private H2Database database;
    private SecretStore store;
    private ApiKeys keys;

    @BeforeEach
    void setUp() {
        database = new H2Database(temp);
        environment.put(MasterKey.VARIABLE, KEY_A);
        store = new SecretStore(database.jdbc(),
                new SecretCipher(new MasterKey(temp, environment::get), new SecureRandom()), CLOCK);
        keys = new ApiKeys(store, environment::get, KeyVariables.allowing("CORP_LLM_SECRET"));
    }

    @AfterEach
    void tearDown() {
        database.shutdown();
    }

    @Test
    void aKeyEnteredForADestinationIsGivenToThatDestinationOnly() {
        // given
        keys.store(LOCAL, ENTERED);

        // when / then
        assertThat(keys.forDestination(LOCAL, null)).contains(ENTERED);
        assertThat(keys.forDestination(KeyDestination.of("openai", "HTTP://LOCALHOST:1234/v1/", null), null))
                .as("the same URL written otherwise").contains(ENTERED);
        assertThat(keys.forDestination(OPENAI, null)).isEmpty();
        assertThat(keys.forDestination(KeyDestination.of("openai", "http://localhost:1235/v1", null), null)).isEmpty();
        assertThat(keys.forDestination(KeyDestination.of("anthropic", "http://localhost:1234/v1", null), null)).isEmpty();
    }

    @Test
    void theVariableAModelNamesWinsOverAnEnteredKeyAndTheUsualVariable() {
        // given
        keys.store(OPENAI, ENTERED);
        environment.put("OPENAI_API_KEY", "sk-usual-variable-444555");
        environment.put("MY_OPENAI_API_KEY", FROM_ENVIRONMENT);

        // when / then
        assertThat(keys.forDestination(OPENAI, "MY_OPENAI_API_KEY")).contains(FROM_ENVIRONMENT);
        assertThat(keys.source(OPENAI, "MY_OPENAI_API_KEY")).isEqualTo("environment variable MY_OPENAI_API_KEY");
    }

    @Test
    void anEnteredKeyWinsOverTheUsualVariable() {
        // given
        keys.store(OPENAI, ENTERED);
        environment.put("OPENAI_API_KEY", FROM_ENVIRONMENT);

        // when / then
        assertThat(keys.forDestination(OPENAI, null)).contains(ENTERED);
        assertThat(keys.source(OPENAI, null)).isEqualTo("entered in Promptsmith");
    }

    @Test
    void aNamedVariableThatIsNotSetFallsBackToTheEnteredKeyButNeverToTheUsualVariable() {
        // given
        environment.put("OPENAI_API_KEY", FROM_ENVIRONMENT);

        // when / then
        assertThat(keys.forDestination(OPENAI, "LOCAL_SERVER_API_KEY")).isEmpty();
        keys.store(OPENAI, ENTERED);
        assertThat(keys.forDestination(OPENAI, "LOCAL_SERVER_API_KEY")).contains(ENTERED);
    }

    @Test
    void theUsualVariableGoesToTheProvidersPublicEndpointOnly() {
        // given
        environment.put("OPENAI_API_KEY", FROM_ENVIRONMENT);

        // when / then
        assertThat(keys.forDestination(OPENAI, null)).contains(FROM_ENVIRONMENT);
        assertThat(keys.forDestination(KeyDestination.of("openai", "https://api.openai.com/v1/", "https://api.openai.com/v1"), null))
                .contains(FROM_ENVIRONMENT);
        assertThat(keys.forDestination(LOCAL, null)).isEmpty();
        assertThat(keys.source(LOCAL, null)).isEqualTo("none");
        assertThat(keys.forDestination(LOCAL, "OPENAI_API_KEY")).as("unless the model names it").contains(FROM_ENVIRONMENT);
    }

    @ParameterizedTest
    @CsvSource({
            "AWS_SECRET_ACCESS_KEY, false",
            "DATABASE_PASSWORD, false",
            "HOME, false",
            "GITHUB_TOKEN, true",
            "MY_SERVER_API_KEY, true",
            "CORP_LLM_SECRET, true"})
    void aModelMayNameOnlyVariablesThatHoldKeysOrAreAllowed(String variable, boolean readable) {
        // given
        environment.put(variable, FROM_ENVIRONMENT);

        // when / then
        if (readable) {
            assertThat(keys.forDestination(LOCAL, variable)).contains(FROM_ENVIRONMENT);
        } else {
            assertThatThrownBy(() -> keys.forDestination(LOCAL, variable))
                    .isInstanceOf(RefusedKeyVariableException.class)
                    .hasMessageContaining("apiKeyEnvar '" + variable + "' is not read")
                    .hasMessageContaining("_API_KEY or _TOKEN")
                    .hasMessageContaining(KeyVariables.SETTING)
                    .hasMessageNotContaining(FROM_ENVIRONMENT);
            assertThat(keys.describe(LOCAL, variable)).contains("is not read").doesNotContain(FROM_ENVIRONMENT);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "openai, OPENAI_API_KEY",
            "anthropic, ANTHROPIC_API_KEY",
            "google, GEMINI_API_KEY",
            "google, GOOGLE_API_KEY"})
    void withoutAnEnteredKeyTheProvidersUsualVariableIsUsed(String kind, String variable) {
        // given
        environment.put(variable, FROM_ENVIRONMENT);
        KeyDestination publicEndpoint = KeyDestination.of(kind, null, "https://" + kind + ".example/v1");

        // when / then
        assertThat(keys.forDestination(publicEndpoint, null)).contains(FROM_ENVIRONMENT);
        assertThat(keys.forDestination(publicEndpoint, " ")).contains(FROM_ENVIRONMENT);
        assertThat(keys.source(publicEndpoint, null)).isEqualTo("environment variable " + variable);
    }

    @Test
    void googlePrefersGeminiApiKeyOverGoogleApiKey() {
        // given
        environment.put("GOOGLE_API_KEY", "AIza-google-variable-666777");
        environment.put("GEMINI_API_KEY", FROM_ENVIRONMENT);
        KeyDestination google = KeyDestination.of("google", null, "https://generativelanguage.googleapis.com/v1beta");

        // when / then
        assertThat(keys.forDestination(google, null)).contains(FROM_ENVIRONMENT);
        assertThat(keys.source(google, null)).isEqualTo("environment variable GEMINI_API_KEY");
    }

    @Test
    void noKeyAnywhereIsNone() {
        // given
        environment.put("OPENAI_API_KEY", "   ");

        // when / then
        assertThat(keys.forDestination(OPENAI, null)).isEmpty();
        assertThat(keys.source(OPENAI, null)).isEqualTo("none");
        KeyDestination ollama = KeyDestination.of("ollama", null, "http://localhost:11434");
        assertThat(keys.forDestination(ollama, null)).isEmpty();
    }

    @Test
    void keysEnteredBeforeKeysHadDestinationsStayWithThePublicEndpoint() {
        // given: the name a key entered for the provider kind was stored under
        store.put("provider:anthropic", ENTERED);

        // when / then
        assertThat(keys.forDestination(KeyDestination.of("Anthropic", null, "https://api.anthropic.com/v1/"), null))
                .contains(ENTERED);
        assertThat(keys.forDestination(KeyDestination.of("anthropic", "http://localhost:9/v1",
                "https://api.anthropic.com/v1/"), null)).isEmpty();
    }

    @Test
    void aSourceNeverContainsTheKey() {
        keys.store(OPENAI, ENTERED);
        environment.put("ANTHROPIC_API_KEY", FROM_ENVIRONMENT);
        KeyDestination anthropic = KeyDestination.of("anthropic", null, "https://api.anthropic.com/v1/");

        assertThat(List.of(keys.source(OPENAI, null), keys.source(anthropic, null)))
                .noneMatch(source -> source.contains(ENTERED) || source.contains(FROM_ENVIRONMENT));
    }

    @Test
    void theRedactorKnowsEnteredKeysProviderVariablesNamedVariablesAndTheMasterKey() {
        // given
        keys.store(OPENAI, ENTERED);
        store.put("webhook-token", PLAINTEXT);
        environment.put("ANTHROPIC_API_KEY", FROM_ENVIRONMENT);
        environment.put("MY_OWN_API_KEY", "my-own-key-value-888999");
        String text = String.join(" | ", ENTERED, PLAINTEXT, FROM_ENVIRONMENT, "my-own-key-value-888999", KEY_A);

        // when
        String redacted = keys.redactor(List.of("MY_OWN_API_KEY")).redact(text);

        // then
        assertThat(redacted).isEqualTo("[REDACTED] | [REDACTED] | [REDACTED] | [REDACTED] | [REDACTED]");
        assertThat(keys.redactor().redact("my-own-key-value-888999")).isEqualTo("my-own-key-value-888999");
    }

    @Test
    void anEnteredKeyThatCannotBeDecryptedIsReportedNotReplacedByTheEnvironment() {
        // given
        keys.store(OPENAI, ENTERED);
        database.jdbc().sql("update secret set ciphertext = 'v1:' || repeat('A', 64)").update();
        environment.put("OPENAI_API_KEY", FROM_ENVIRONMENT);

        // when
        UnreadableSecretException thrown = catchThrowableOfType(UnreadableSecretException.class,
                () -> keys.forDestination(OPENAI, null));

        // then
        assertThat(thrown.name()).isEqualTo("provider:openai");
        assertLeaksNothing(thrown, ENTERED, FROM_ENVIRONMENT, KEY_A);
        assertThat(keys.describe(OPENAI, null)).isEqualTo(ApiKeys.UNREADABLE);
        assertThat(keys.redactor().redact("key " + FROM_ENVIRONMENT)).isEqualTo("key [REDACTED]");
    }

    @Test
    void keysEnteredUnderALostMasterKeyAreListedAndCanBeForgotten() {
        // given: two keys entered, then the master key replaced
        keys.store(OPENAI, ENTERED);
        keys.store(LOCAL, ENTERED);
        store.put("webhook-token", PLAINTEXT);
        environment.put(MasterKey.VARIABLE, TestKeys.KEY_B);
        SecretStore reopened = new SecretStore(database.jdbc(),
                new SecretCipher(new MasterKey(temp, environment::get), new SecureRandom()), CLOCK);
        ApiKeys afterLoss = new ApiKeys(reopened, environment::get, KeyVariables.allowing(null));

        // when
        List<String> lost = afterLoss.unreadable();
        int forgotten = afterLoss.forgetUnreadable();

        // then
        assertThat(lost).containsExactly("openai (public endpoint)", "openai at http://localhost:1234/v1");
        assertThat(forgotten).isEqualTo(2);
        assertThat(afterLoss.unreadable()).isEmpty();
        assertThat(reopened.names()).containsExactly("webhook-token");
        afterLoss.store(OPENAI, ENTERED);
        assertThat(afterLoss.forDestination(OPENAI, null)).contains(ENTERED);
    }
}
