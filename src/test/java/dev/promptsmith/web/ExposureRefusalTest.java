package dev.promptsmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.support.ServerJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app started as a user starts it, asked to listen beyond this machine without a usable password. */
class ExposureRefusalTest {

    @TempDir
    Path folder;

    @Test
    void refusesToListenOnEveryInterfaceWithoutAnAdminPasswordAndSaysWhatToSet() throws Exception {
        // when
        try (ServerJvm server = ServerJvm.start(folder, List.of("--server.address=0.0.0.0"), Map.of())) {

            // then: it stops by itself, before it listened, with a short report and no stack trace
            assertThat(server.exitCode(Duration.ofMinutes(3))).as(server.output()).isEqualTo(1);
            String output = server.output();
            assertThat(output).contains("APPLICATION FAILED TO START",
                    "listen on every network interface (0.0.0.0) without sign-in",
                    "PROMPTSMITH_ADMIN_PASSWORD", "promptsmith.admin-password", "PROMPTSMITH_ADDRESS");
            assertThat(output).doesNotContain("started on port").doesNotContainPattern("(?m)^\\s+at [a-z]");
        }
    }

    @Test
    void refusesAnAdminPasswordThatIsTooShortWithoutPrintingIt() throws Exception {
        // when
        try (ServerJvm server = ServerJvm.start(folder, List.of(), Map.of("PROMPTSMITH_ADMIN_PASSWORD", "pw4Xq"))) {

            // then
            assertThat(server.exitCode(Duration.ofMinutes(3))).as(server.output()).isEqualTo(1);
            assertThat(server.output()).contains("is 5 characters long", "at least 12 characters")
                    .doesNotContain("pw4Xq").doesNotContain("started on port");
        }
    }
}
