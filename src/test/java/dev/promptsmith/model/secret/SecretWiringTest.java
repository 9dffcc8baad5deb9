package dev.promptsmith.model.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.promptsmith.support.AppTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** In the running application, secrets are encrypted under a key file in the configured data folder. */
class SecretWiringTest extends AppTest {

    @Autowired
    SecretStore store;

    @Autowired
    ApiKeys keys;

    @Autowired
    MasterKey masterKey;

    @Test
    void anEnteredKeyIsStoredAndFoundThroughTheApplicationsBeans() {
        // given
        KeyDestination mistral = KeyDestination.of("openai", "https://api.mistral.ai/v1", "https://api.openai.com/v1");

        // when
        keys.store(mistral, TestKeys.PLAINTEXT);

        // then
        assertThat(keys.forDestination(mistral, null)).contains(TestKeys.PLAINTEXT);
        assertThat(keys.source(mistral, null)).isEqualTo("entered in Promptsmith");
        store.delete(mistral.secretName());
    }

    @Test
    void theKeyFileIsInTheDataFolder() {
        assumeTrue(System.getenv(MasterKey.VARIABLE) == null, "no master key in the environment");

        masterKey.get();

        Path file = workspaceRoot().resolve("data").resolve(MasterKey.FILE_NAME);
        assertThat(masterKey.source()).isEqualTo("key file " + file);
        assertThat(file).exists();
        assertThat(Files.isRegularFile(file)).isTrue();
    }

    @Test
    void theDataFolderAndItsFilesAreReadableByTheirOwnerOnly() throws Exception {
        // given: the running app has its database and key file in the data folder
        masterKey.get();
        Path data = workspaceRoot().resolve("data");
        assumeTrue(Files.getFileStore(data).supportsFileAttributeView("posix"), "POSIX permissions");

        // when / then
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.filter(Files::isRegularFile).toList())
                    .isNotEmpty()
                    .anySatisfy(file -> assertThat(file.getFileName().toString()).endsWith(".mv.db"))
                    .allSatisfy(file -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                            .as(file.toString()).isEqualTo("rw-------"));
        }
    }
}
