package dev.promptsmith.cli;

import static dev.promptsmith.support.Workspace.prompt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.promptsmith.model.ProviderIds;
import dev.promptsmith.shared.Json;
import dev.promptsmith.simulator.RecordedRequest;
import dev.promptsmith.support.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} of a suite file whose providers are Ollama's, with Ollama somewhere other than localhost:11434. */
class OllamaUrlRunTest {

    @TempDir
    Path temp;

    private CliRun cli;

    @AfterEach
    void close() {
        System.clearProperty(ProviderIds.OLLAMA_URL_SETTING);
        cli.close();
    }

    @Test
    void aSuitesOllamaProvidersGoToTheOllamaUrlSettingAndItsCostCheckPassesAtNothing() {
        // given: the setting names the simulator's Ollama, on a port of its own; the suite's ids name no URL
        assumeTrue(System.getenv("OLLAMA_BASE_URL") == null, "OLLAMA_BASE_URL would come before the setting");
        cli = new CliRun(temp);
        System.setProperty(ProviderIds.OLLAMA_URL_SETTING, cli.simulator().ollamaBaseUrl());
        cli.workspace().write("prompts/greet.prompty", prompt("Greeter", "Greet {{ person }}."))
                .write("testcases/greet.yaml", """
                        prompts: [file://prompts/greet.prompty]
                        providers: [ollama:chat:sim-chat, ollama:sim-bare, ollama:completion:sim-completion:latest]
                        tests:
                          - vars: {person: Ada}
                            assert:
                              - type: icontains
                                value: ada
                              - type: cost
                                threshold: 0
                        """);

        // when
        int exit = cli.run("testcases/greet.yaml");

        // then: each went to Ollama's chat API there, and a model on this machine costs nothing
        assertThat(exit).as(cli.printed()).isZero();
        assertThat(cli.simulator().requests()).extracting(RecordedRequest::path).containsOnly("/api/chat");
        assertThat(cli.simulator().requests()).extracting(r -> Json.readObject(r.body())
                .get("model")).containsExactlyInAnyOrder("sim-chat", "sim-bare", "sim-completion:latest");
    }
}
