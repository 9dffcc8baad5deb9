package dev.promptsmith.model.secret;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.PromptsmithApplication;
import dev.promptsmith.support.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app, started in a JVM of its own with a master key that is no key, stops at once and says why. */
class MasterKeyStartTest {

    @TempDir
    Path temp;

    @Test
    void aBadSecretKeyVariableStopsTheStartWithAClearMessage() throws Exception {
        // given
        ProcessBuilder builder = new ProcessBuilder(List.of(ChildJvm.javaBinary(), "-cp",
                System.getProperty("java.class.path"), PromptsmithApplication.class.getName(),
                "--server.port=0", "--promptsmith.data-dir=" + temp.resolve("data"),
                "--promptsmith.workspace=" + temp, "--vaadin.launch-browser=false"))
                .redirectErrorStream(true);
        builder.environment().put(MasterKey.VARIABLE, "this is not base64!");

        // when
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean exited = process.waitFor(90, TimeUnit.SECONDS);

        // then
        assertThat(exited).isTrue();
        assertThat(process.exitValue()).as(output).isNotZero();
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("PROMPTSMITH_SECRET_KEY is not valid base64")
                .contains("openssl rand -base64 32")
                .doesNotContain("this is not base64!");
    }
}
