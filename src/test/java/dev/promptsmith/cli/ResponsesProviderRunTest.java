package dev.promptsmith.cli;

import static dev.promptsmith.support.Workspace.prompt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.shared.Json;
import dev.promptsmith.simulator.LlmSimulator;
import dev.promptsmith.simulator.RecordedRequest;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code run} with openai:responses providers, as users of OpenAI's hosted Evals bring them. */
class ResponsesProviderRunTest {

    @TempDir
    Path temp;

    private final LlmSimulator simulator = LlmSimulator.start();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void aResponsesProviderGivenOnTheCommandLineReplacesTheSuitesAndIsCalledOnTheResponsesApi() {
        // given
        simulator.replyFor("gpt-5", Reply.text("Hello Ada, nice to meet you."));
        Path suite = suite("openai:chat:polite", "type: icontains\n        value: ada");

        // when
        int exit = execute("run", suite.toString(), "--providers", "openai:responses:gpt-5", "--provider-base-url",
                simulator.openAiBaseUrl(), "--database", temp.resolve("data").toString());

        // then: the reasoning model gets neither temperature nor a token limit, as from promptfoo
        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("openai:responses:gpt-5");
        assertThat(simulator.requests()).hasSize(1).allSatisfy(request -> {
            assertThat(request.path()).isEqualTo("/v1/responses");
            assertThat(Json.readObject(request.body())).containsEntry("model", "gpt-5")
                    .containsEntry("input", java.util.List.of(Map.of("role", "system", "content", "Be brief."),
                            Map.of("role", "user", "content", "Greet Ada.")))
                    .doesNotContainKeys("temperature", "max_output_tokens");
        });
    }

    @Test
    void anAnswerCutAtMaxOutputTokensCountsAsCutOffJson() {
        // given: the answer is longer than the suite's max_output_tokens
        simulator.replyFor("gpt-4.1", Reply.text("{\"name\": \"Ada\", \"tags\": [\"math\", \"poetry\"]}"));
        Path suite = suite("openai:responses:gpt-4.1", "type: is-json");
        String config = "    config: {apiBaseUrl: " + simulator.openAiBaseUrl() + ", max_output_tokens: 4}";
        new Workspace(temp).write("testcases/greet.yaml", readSuite(suite).replace("    config: {apiBaseUrl: "
                + simulator.openAiBaseUrl() + "}", config));

        // when
        int exit = execute("run", suite.toString(), "--database", temp.resolve("data").toString());

        // then
        assertThat(exit).as(out + "\n" + err).isEqualTo(1);
        assertThat(out.toString()).contains("openai:responses:gpt-4.1: 1/1 cut off (100.0%)");
        RecordedRequest request = simulator.requests().getFirst();
        assertThat(Json.readObject(request.body())).containsEntry("max_output_tokens", 4);
    }

    private Path suite(String provider, String assertion) {
        new Workspace(temp).write("prompts/greet.prompty", prompt("Greeter", "Greet {{ person }}."))
                .write("testcases/greet.yaml", """
                        description: Greeting
                        prompts: [file://prompts/greet.prompty]
                        providers:
                          - id: %s
                            config: {apiBaseUrl: %s}
                        tests:
                          - vars: {person: Ada}
                            assert:
                              - %s
                        """.formatted(provider, simulator.openAiBaseUrl(), assertion));
        return temp.resolve("testcases/greet.yaml");
    }

    private static String readSuite(Path suite) {
        try {
            return java.nio.file.Files.readString(suite);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int execute(String... args) {
        return new CommandLine(new PromptsmithCli())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }
}
