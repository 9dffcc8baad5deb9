package dev.promptsmith.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.shared.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** promptfoo's exec: provider runs a real command, only when the operator allows it. */
class ExecProviderTest {

    @TempDir
    Path temp;

    private LangChainGateway gateway;

    @BeforeEach
    void setUp() {
        gateway = new LangChainGateway(new ProviderContractTest.FixedKey("sk-unused"), new PriceTable(),
                Duration.ofSeconds(2));
    }

    @AfterEach
    void tearDown() {
        System.clearProperty(ExecProvider.SETTING);
        gateway.close();
    }

    private ModelTarget script(String body) throws IOException {
        Path script = Files.writeString(temp.resolve("provider.sh"), "#!/bin/sh\n" + body + "\n");
        return ProviderIds.parse("exec: sh '" + script + "' --loud", null, Map.of("tone", "dry"));
    }

    private static ModelRequest hello() {
        return ModelRequest.of(List.of(new ChatMessage(Role.USER, "Say hello")));
    }

    @Test
    void aCommandRunsOnlyWhenTheOperatorAllowsIt() throws Exception {
        ModelTarget target = script("echo \"$1\"");

        assertThatThrownBy(() -> gateway.call(target, hello())).isInstanceOf(ModelException.class)
                .hasMessageContaining(ExecProvider.VARIABLE + "=true");
    }

    @Test
    void theOutputIsTheCommandsTrimmedStandardOutput() throws Exception {
        System.setProperty(ExecProvider.SETTING, "true");
        ModelTarget target = script("printf '  %s | %s | %s | %s  \\n' \"$1\" \"$2\" \"$3\" \"$4\"");

        ModelResponse response = gateway.call(target, hello());

        assertThat(response.text()).isEqualTo("--loud | Say hello | {\"id\":\"exec:sh '" + temp.resolve("provider.sh")
                + "' --loud\",\"config\":{\"tone\":\"dry\"}} | {}");
        assertThat(target.providerId()).startsWith("exec:sh ");
    }

    @Test
    void aFailingCommandIsAModelErrorWithWhatItWroteAndASlowOneIsStopped() throws Exception {
        System.setProperty(ExecProvider.SETTING, "true");

        assertThatThrownBy(() -> gateway.call(script("echo 'no such model' >&2; exit 3"), hello()))
                .isInstanceOfSatisfying(ModelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ModelErrorKind.SERVER_ERROR);
                    assertThat(e.getMessage()).contains("exited with 3").contains("no such model");
                });
        assertThatThrownBy(() -> gateway.call(script("sleep 30"), hello()))
                .isInstanceOfSatisfying(ModelException.class,
                        e -> assertThat(e.kind()).isEqualTo(ModelErrorKind.TIMEOUT));
    }
}
