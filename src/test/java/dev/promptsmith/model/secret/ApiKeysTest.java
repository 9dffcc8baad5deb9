package dev.promptsmith.model.secret;

import static dev.promptsmith.model.secret.TestKeys.KEY_A;
import static dev.promptsmith.model.secret.TestKeys.PLAINTEXT;
import static dev.promptsmith.model.secret.TestKeys.assertLeaksNothing;
import static org.assertj.core.api.Assertions.assertThat;
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
        keys = new ApiKeys(store, environment::get);
    }

    @AfterEach
    void tearDown() {
        database.shutdown();
    }

    @Test
    void aKeyEnteredInPromptsmithWinsOverTheEnvironment() {
        // given
        store.put(ApiKeys.secretName("openai"), ENTERED);
        environment.put("OPENAI_API_KEY", FROM_ENVIRONMENT);
        environment.put("MY_OPENAI_KEY", FROM_ENVIRONMENT);

        // when / then
        assertThat(keys.forProvider("openai", null)).contains(ENTERED);
        assertThat(keys.forProvider("openai", "MY_OPENAI_KEY")).contains(ENTERED);
        assertThat(keys.source("openai", "MY_OPENAI_KEY")).isEqualTo("entered in Promptsmith");
    }

    @Test
    void theVariableAModelTargetNamesWinsOverTheUsualOne() {
        // given
        environment.put("OPENAI_API_KEY", "sk-usual-variable-444555");
        environment.put("MY_OPENAI_KEY", FROM_ENVIRONMENT);

        // when / then
        assertThat(keys.forProvider("openai", "MY_OPENAI_KEY")).contains(FROM_ENVIRONMENT);
        assertThat(keys.source("openai", "MY_OPENAI_KEY")).isEqualTo("environment variable MY_OPENAI_KEY");
    }

    @Test
    void aNamedVariableThatIsNotSetGivesNoKeyRatherThanTheUsualOne() {
        // given
        environment.put("OPENAI_API_KEY", FROM_ENVIRONMENT);

        // when / then
        assertThat(keys.forProvider("openai", "LOCAL_SERVER_KEY")).isEmpty();
        assertThat(keys.source("openai", "LOCAL_SERVER_KEY")).isEqualTo("none");
    }

    @ParameterizedTest
    @CsvSource({
            "openai, OPENAI_API_KEY",
            "anthropic, ANTHROPIC_API_KEY",
            "google, GEMINI_API_KEY",
            "google, GOOGLE_API_KEY",
            "groq, GROQ_API_KEY",
            "mistral, MISTRAL_API_KEY",
            "deepseek, DEEPSEEK_API_KEY",
            "openrouter, OPENROUTER_API_KEY"})
    void withoutAnEnteredKeyTheProvidersUsualVariableIsUsed(String kind, String variable) {
        // given
        environment.put(variable, FROM_ENVIRONMENT);

        // when / then
        assertThat(keys.forProvider(kind, null)).contains(FROM_ENVIRONMENT);
        assertThat(keys.forProvider(kind, " ")).contains(FROM_ENVIRONMENT);
        assertThat(keys.source(kind, null)).isEqualTo("environment variable " + variable);
    }

    @Test
    void googlePrefersGeminiApiKeyOverGoogleApiKey() {
        // given
        environment.put("GOOGLE_API_KEY", "AIza-google-variable-666777");
        environment.put("GEMINI_API_KEY", FROM_ENVIRONMENT);

        // when / then
        assertThat(keys.forProvider("google", null)).contains(FROM_ENVIRONMENT);
        assertThat(keys.source("google", null)).isEqualTo("environment variable GEMINI_API_KEY");
    }

    @Test
    void noKeyAnywhereIsNone() {
        // given
        environment.put("OPENAI_API_KEY", "   ");

        // when / then
        assertThat(keys.forProvider("openai", null)).isEmpty();
        assertThat(keys.source("openai", null)).isEqualTo("none");
        assertThat(keys.forProvider("ollama", null)).isEmpty();
        assertThat(keys.source("ollama", null)).isEqualTo("none");
    }

    @Test
    void theKindIsReadWhateverItsCase() {
        store.put(ApiKeys.secretName("Anthropic"), ENTERED);

        assertThat(ApiKeys.secretName(" Anthropic ")).isEqualTo("provider:anthropic");
        assertThat(keys.forProvider("ANTHROPIC", null)).contains(ENTERED);
    }

    @Test
    void aSourceNeverContainsTheKey() {
        store.put(ApiKeys.secretName("openai"), ENTERED);
        environment.put("ANTHROPIC_API_KEY", FROM_ENVIRONMENT);

        assertThat(List.of(keys.source("openai", null), keys.source("anthropic", null)))
                .noneMatch(source -> source.contains(ENTERED) || source.contains(FROM_ENVIRONMENT));
    }

    @Test
    void theRedactorKnowsEnteredKeysProviderVariablesNamedVariablesAndTheMasterKey() {
        // given
        store.put(ApiKeys.secretName("openai"), ENTERED);
        store.put("webhook-token", PLAINTEXT);
        environment.put("ANTHROPIC_API_KEY", FROM_ENVIRONMENT);
        environment.put("MY_OWN_KEY", "my-own-key-value-888999");
        String text = String.join(" | ", ENTERED, PLAINTEXT, FROM_ENVIRONMENT, "my-own-key-value-888999", KEY_A);

        // when
        String redacted = keys.redactor(List.of("MY_OWN_KEY")).redact(text);

        // then
        assertThat(redacted).isEqualTo("[REDACTED] | [REDACTED] | [REDACTED] | [REDACTED] | [REDACTED]");
        assertThat(keys.redactor().redact("my-own-key-value-888999")).isEqualTo("my-own-key-value-888999");
    }

    @Test
    void anEnteredKeyThatCannotBeDecryptedIsReportedNotReplacedByTheEnvironment() {
        // given
        store.put(ApiKeys.secretName("openai"), ENTERED);
        database.jdbc().sql("update secret set ciphertext = 'v1:' || repeat('A', 64)").update();
        environment.put("OPENAI_API_KEY", FROM_ENVIRONMENT);

        // when
        UnreadableSecretException thrown = catchThrowableOfType(UnreadableSecretException.class,
                () -> keys.forProvider("openai", null));

        // then
        assertThat(thrown.name()).isEqualTo("provider:openai");
        assertLeaksNothing(thrown, ENTERED, FROM_ENVIRONMENT, KEY_A);
        assertThat(keys.redactor().redact("key " + FROM_ENVIRONMENT)).isEqualTo("key [REDACTED]");
    }
}
