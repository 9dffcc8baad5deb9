package dev.promptsmith.model.secret;

import static dev.promptsmith.model.secret.TestKeys.KEY_A;
import static dev.promptsmith.model.secret.TestKeys.PLAINTEXT;
import static dev.promptsmith.model.secret.TestKeys.assertLeaksNothing;
import static dev.promptsmith.model.secret.TestKeys.noEnvironment;
import static dev.promptsmith.model.secret.TestKeys.withMasterKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.promptsmith.support.H2Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    private static final Clock LATER = Clock.fixed(Instant.parse("2026-11-30T08:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private Path data;
    private H2Database database;
    private SecretStore store;

    @BeforeEach
    void setUp() {
        data = temp.resolve("data");
        database = new H2Database(data);
        store = store(noEnvironment(), CLOCK);
    }

    @AfterEach
    void tearDown() {
        if (database != null) {
            database.shutdown();
        }
    }

    @Test
    void returnsTheClearValueOfWhatWasPut() {
        // when
        store.put("provider:openai", PLAINTEXT);

        // then
        assertThat(store.get("provider:openai")).contains(PLAINTEXT);
        assertThat(store.get("provider:anthropic")).isEmpty();
    }

    @Test
    void storesOnlyTheEncryptedForm() {
        // when
        store.put("provider:openai", PLAINTEXT);

        // then
        assertThat(database.jdbc().sql("select ciphertext from secret").query(String.class).single())
                .startsWith("v1:").doesNotContain(PLAINTEXT);
    }

    @Test
    void puttingAgainReplacesTheValueAndKeepsTheCreationTime() {
        // given
        store.put("provider:openai", "sk-first-value-0000000000");

        // when
        store(noEnvironment(), LATER).put("provider:openai", PLAINTEXT);

        // then
        assertThat(store.get("provider:openai")).contains(PLAINTEXT);
        assertThat(database.jdbc().sql("select created_at, updated_at from secret")
                .query((rs, row) -> List.of(rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getObject(2, OffsetDateTime.class).toInstant()))
                .single())
                .containsExactly(CLOCK.instant(), LATER.instant());
    }

    @Test
    void namesAreSortedAndDeletedSecretsAreGone() {
        // given
        store.put("provider:openai", PLAINTEXT);
        store.put("provider:anthropic", "sk-ant-another-value-123456");
        store.put("custom", "value-of-custom");

        // when
        boolean deleted = store.delete("custom");
        boolean deletedAgain = store.delete("custom");

        // then
        assertThat(deleted).isTrue();
        assertThat(deletedAgain).isFalse();
        assertThat(store.names()).containsExactly("provider:anthropic", "provider:openai");
        assertThat(store.get("custom")).isEmpty();
    }

    @Test
    void showsASecretOnlyMasked() {
        // given
        store.put("provider:openai", PLAINTEXT);

        // when / then
        assertThat(store.masked("provider:openai")).contains("sk-…7890");
        assertThat(store.masked("provider:mistral")).isEmpty();
    }

    @Test
    void theDatabaseFilesOnDiskHoldNeitherTheKeyNorItsBase64() throws IOException {
        // given
        store.put("provider:openai", "sk-replaced-later-0000000000");
        store.put("provider:openai", PLAINTEXT);
        store.put("provider:google", PLAINTEXT);
        assertThat(store.get("provider:openai")).contains(PLAINTEXT);

        // when
        database.shutdown();
        database = null;

        // then
        byte[] everything = allBytesUnder(data);
        assertThat(everything).hasSizeGreaterThan(1000);
        for (byte[] form : List.of(
                PLAINTEXT.getBytes(StandardCharsets.UTF_8),
                PLAINTEXT.getBytes(StandardCharsets.UTF_16BE),
                PLAINTEXT.getBytes(StandardCharsets.UTF_16LE),
                "THIS-MUST-NEVER-APPEAR".getBytes(StandardCharsets.UTF_8),
                Base64.getEncoder().encode(PLAINTEXT.getBytes(StandardCharsets.UTF_8)),
                Base64.getUrlEncoder().encode(PLAINTEXT.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(indexOf(everything, form)).as(new String(form, StandardCharsets.ISO_8859_1)).isEqualTo(-1);
        }
    }

    @Test
    void afterARestartTheKeyFileIsReusedAndStillOwnerOnly() throws IOException {
        // given
        store.put("provider:openai", PLAINTEXT);
        database.shutdown();

        // when
        database = new H2Database(data);
        SecretStore restarted = store(noEnvironment(), CLOCK);

        // then
        assertThat(restarted.get("provider:openai")).contains(PLAINTEXT);
        assumeTrue(data.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(MasterKey.FILE_NAME))))
                .isEqualTo("rw-------");
    }

    @Test
    void aStoredValueMovedToAnotherNameCannotBeRead() {
        // given
        store.put("provider:openai", PLAINTEXT);
        database.jdbc().sql("insert into secret (name, ciphertext, created_at, updated_at) "
                        + "select 'provider:groq', ciphertext, created_at, updated_at from secret")
                .update();

        // when
        UnreadableSecretException thrown = catchThrowableOfType(UnreadableSecretException.class,
                () -> store.get("provider:groq"));

        // then
        assertThat(thrown.name()).isEqualTo("provider:groq");
        assertLeaksNothing(thrown, PLAINTEXT);
    }

    @Test
    void withAnotherMasterKeyAStoredSecretIsAClearErrorWithoutTheValue() {
        // given
        store.put("provider:openai", PLAINTEXT);

        // when
        UnreadableSecretException thrown = catchThrowableOfType(UnreadableSecretException.class,
                () -> store(withMasterKey(KEY_A), CLOCK).get("provider:openai"));

        // then
        assertThat(thrown).hasMessageContaining("\"provider:openai\"").hasMessageContaining("another key");
        assertLeaksNothing(thrown, PLAINTEXT, KEY_A);
    }

    @Test
    void refusesAnEmptyValueOrABlankNameWithoutRepeatingTheValue() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> store.put("provider:openai", "")))
                .hasMessage("The secret \"provider:openai\" cannot be empty");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> store.put(" ", PLAINTEXT)))
                .satisfies(thrown -> assertLeaksNothing(thrown, PLAINTEXT));
        assertThat(store.names()).isEmpty();
    }

    private SecretStore store(Function<String, String> environment, Clock clock) {
        return new SecretStore(database.jdbc(),
                new SecretCipher(new MasterKey(data, environment), new SecureRandom()), clock);
    }

    private static byte[] allBytesUnder(Path folder) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                all.write(Files.readAllBytes(file));
                all.write(0);
            }
        }
        return all.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
