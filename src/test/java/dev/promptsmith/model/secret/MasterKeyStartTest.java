package dev.promptsmith.model.secret;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.support.ServerJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app, started in a JVM of its own with a master key that is no key, stops at once and says why. */
class MasterKeyStartTest {

    @TempDir
    Path folder;

    @Test
    void aBadSecretKeyVariableStopsTheStartWithAClearMessage() throws Exception {
        // when
        try (ServerJvm server = ServerJvm.start(folder, List.of(),
                Map.of(MasterKey.VARIABLE, "this is not base64!"))) {

            // then: it stops by itself, before it listened, saying what to set and without the bad value
            assertThat(server.exitCode(Duration.ofMinutes(2))).as(server.output()).isEqualTo(1);
            assertThat(server.output()).contains("APPLICATION FAILED TO START",
                            "PROMPTSMITH_SECRET_KEY is not valid base64", "openssl rand -base64 32")
                    .doesNotContain("this is not base64!").doesNotContain("started on port")
                    .doesNotContainPattern("(?m)^\\s+at [a-z]");
        }
    }
}
