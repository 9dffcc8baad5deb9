package dev.promptsmith.model.secret;

import static dev.promptsmith.model.secret.TestKeys.KEY_A;
import static dev.promptsmith.model.secret.TestKeys.assertLeaksNothing;
import static dev.promptsmith.model.secret.TestKeys.noEnvironment;
import static dev.promptsmith.model.secret.TestKeys.withMasterKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class MasterKeyTest {

    @TempDir
    Path temp;

    private Path data;
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void setUp() {
        data = temp.resolve("data");
        logged.start();
        ((Logger) LoggerFactory.getLogger(MasterKey.class)).addAppender(logged);
    }

    @AfterEach
    void tearDown() {
        ((Logger) LoggerFactory.getLogger(MasterKey.class)).detachAppender(logged);
    }

    @Test
    void createsAKeyFileOnlyItsOwnerCanReadOnFirstUse() throws IOException {
        assumePosix();
        // given
        MasterKey key = new MasterKey(data, noEnvironment());
        Path file = data.resolve(MasterKey.FILE_NAME);
        assertThat(file).doesNotExist();

        // when
        byte[] encoded = key.get().getEncoded();

        // then
        assertThat(file).exists();
        assertThat(Files.readAllBytes(file)).hasSize(32).isEqualTo(encoded);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(key.get().getAlgorithm()).isEqualTo("AES");
        assertThat(key.source()).isEqualTo("key file " + file.toAbsolutePath());
    }

    @Test
    void theNextStartReadsTheSameKeyFromTheFile() {
        // given
        byte[] first = new MasterKey(data, noEnvironment()).get().getEncoded();

        // when
        byte[] again = new MasterKey(data, noEnvironment()).get().getEncoded();

        // then
        assertThat(again).isEqualTo(first);
    }

    @Test
    void aKeyFileOthersCanReadIsRestrictedToItsOwnerWithAWarningThatShowsNoKey() throws IOException {
        assumePosix();
        // given
        Files.createDirectories(data);
        byte[] bytes = Base64.getDecoder().decode(KEY_A);
        Path file = Files.write(data.resolve(MasterKey.FILE_NAME), bytes);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        // when
        byte[] read = new MasterKey(data, noEnvironment()).get().getEncoded();

        // then
        assertThat(read).isEqualTo(bytes);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).hasToString("WARN");
            assertThat(event.getFormattedMessage()).contains(file.toString(), "rw-r--r--", "owner only")
                    .doesNotContain(KEY_A);
        });
    }

    @Test
    void aKeyFileOfTheWrongLengthIsAnErrorThatNamesTheFileAndLeavesItAlone() throws IOException {
        // given
        Files.createDirectories(data);
        Path file = Files.write(data.resolve(MasterKey.FILE_NAME), new byte[16]);

        // when
        SecretKeyException thrown = catchThrowableOfType(SecretKeyException.class,
                () -> new MasterKey(data, noEnvironment()).get());

        // then
        assertThat(thrown).hasMessageContaining(file.toAbsolutePath().toString()).hasMessageContaining("16 bytes");
        assertThat(Files.readAllBytes(file)).hasSize(16);
    }

    @Test
    void theEnvironmentVariableIsUsedWhenSetAndNoFileIsCreated() {
        // given
        MasterKey key = new MasterKey(data, withMasterKey(KEY_A));

        // when
        byte[] encoded = key.get().getEncoded();

        // then
        assertThat(encoded).isEqualTo(Base64.getDecoder().decode(KEY_A));
        assertThat(data.resolve(MasterKey.FILE_NAME)).doesNotExist();
        assertThat(key.source()).isEqualTo("environment variable PROMPTSMITH_SECRET_KEY");
    }

    @Test
    void theEnvironmentVariableWinsOverAnExistingKeyFile() {
        // given
        new MasterKey(data, noEnvironment()).get();

        // when
        byte[] encoded = new MasterKey(data, withMasterKey(KEY_A)).get().getEncoded();

        // then
        assertThat(encoded).isEqualTo(Base64.getDecoder().decode(KEY_A));
    }

    @Test
    void anEnvironmentVariableThatIsNotBase64IsAnErrorNamingItWithoutItsValue() {
        // given
        String value = "not-base64!secret-value-" + TestKeys.PLAINTEXT;

        // when
        SecretKeyException thrown = catchThrowableOfType(SecretKeyException.class,
                () -> new MasterKey(data, withMasterKey(value)).get());

        // then
        assertThat(thrown).hasMessageStartingWith("PROMPTSMITH_SECRET_KEY is not valid base64")
                .hasMessageContaining("openssl rand -base64 32");
        assertLeaksNothing(thrown, value, "!");
    }

    @Test
    void anEnvironmentVariableOfTheWrongLengthIsAnErrorNamingItWithoutItsValue() {
        // given
        String sixteenBytes = Base64.getEncoder().encodeToString("0123456789abcdef".getBytes());

        // when
        SecretKeyException thrown = catchThrowableOfType(SecretKeyException.class,
                () -> new MasterKey(data, withMasterKey(sixteenBytes)).get());

        // then
        assertThat(thrown).hasMessageStartingWith("PROMPTSMITH_SECRET_KEY decodes to 16 bytes, but an AES-256 key has 32");
        assertLeaksNothing(thrown, sixteenBytes, "0123456789abcdef");
        assertThat(data.resolve(MasterKey.FILE_NAME)).doesNotExist();
    }

    private void assumePosix() {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "the file system has POSIX permissions");
    }
}
