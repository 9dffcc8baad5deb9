package dev.promptsmith.cli;

import static dev.promptsmith.support.Workspace.prompt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.shared.Json;
import dev.promptsmith.simulator.LlmSimulator;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunJsonRatesTest {

    @TempDir
    Path temp;

    private final LlmSimulator simulator = LlmSimulator.start();
    private final StringWriter out = new StringWriter();

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void theSummaryAndTheJsonReportGiveEachModelsShareOfCutOffRepairedAndInvalidJson() throws Exception {
        // given: one model stops at its token limit inside the JSON, one answers in a fence, one answers well
        simulator.replyFor("cutter", Reply.text("{\"name\": \"Ada\", \"tags\": [\"math\"")
                .finishReason(Reply.Finish.LENGTH));
        simulator.replyFor("fencer", Reply.text("```json\n{\"name\": \"Ada\", \"tags\": []}\n```"));
        simulator.replyFor("exact", Reply.text("{\"name\": \"Ada\", \"tags\": []}"));
        new Workspace(temp).write("prompts/person.prompty", prompt("Person", "Describe {{ person }} as JSON."))
                .write("testcases/person.yaml", """
                        description: Person as JSON
                        prompts: [file://prompts/person.prompty]
                        providers:
                          - {id: "openai:chat:cutter", config: {apiBaseUrl: %1$s}}
                          - {id: "openai:chat:fencer", config: {apiBaseUrl: %1$s}}
                          - {id: "openai:chat:exact", config: {apiBaseUrl: %1$s}}
                        tests:
                          - vars: {person: Ada}
                            assert:
                              - type: is-json
                          - vars: {person: Grace}
                            assert:
                              - type: contains
                                value: Ada
                        """.formatted(simulator.openAiBaseUrl()));
        Path json = temp.resolve("results.json");

        // when
        int exit = execute("run", temp.resolve("testcases/person.yaml").toString(), "--json", json.toString(),
                "--database", temp.resolve("data").toString());

        // then: every answer starts with a brace or a fence, so both tests count, is-json or not
        assertThat(exit).as(out.toString()).isEqualTo(1);
        assertThat(out.toString())
                .contains("  openai:chat:cutter: 2/2 cut off (100.0%), 2 repaired (100.0%), 0 invalid (0.0%)")
                .contains("  openai:chat:fencer: 0/2 cut off (0.0%), 2 repaired (100.0%), 0 invalid (0.0%)")
                .doesNotContain("openai:chat:exact: 0/2");
        Map<String, Object> report = Json.readObject(Files.readString(json));
        assertThat(report.get("jsonCounts").toString()).startsWith("the model's answers (before any transform) of cells with an is-json");
        assertThat(jsonOf(report, "openai:chat:cutter")).containsEntry("outputs", 2).containsEntry("cutOff", 2)
                .containsEntry("cutOffRate", 1.0).containsEntry("invalid", 0);
        assertThat(jsonOf(report, "openai:chat:exact")).containsEntry("outputs", 2).containsEntry("cutOff", 0)
                .containsEntry("repairedRate", 0.0);
        assertThat(resultJsonOf(report, "openai:chat:cutter")).containsEntry("outcome", "REPAIRED")
                .containsEntry("cutOff", true).containsEntry("counted", true)
                .containsEntry("fixes", List.of("CLOSED_ARRAY", "CLOSED_OBJECT"));
    }

    @Test
    void proseAnswersWithoutJsonChecksAreNotCountedAndPrintNoJsonLine() {
        // given
        simulator.replyFor("talker", Reply.text("Ada was a mathematician [1], see her notes {sic}.")
                .finishReason(Reply.Finish.LENGTH));
        new Workspace(temp).write("prompts/person.prompty", prompt("Person", "Describe {{ person }}."))
                .write("testcases/person.yaml", """
                        description: Person in words
                        prompts: [file://prompts/person.prompty]
                        providers:
                          - {id: "openai:chat:talker", config: {apiBaseUrl: %s}}
                        tests:
                          - vars: {person: Ada}
                            assert:
                              - type: contains
                                value: Ada
                        """.formatted(simulator.openAiBaseUrl()));

        // when
        int exit = execute("run", temp.resolve("testcases/person.yaml").toString(), "--database",
                temp.resolve("data").toString());

        // then
        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString()).doesNotContain("JSON (").doesNotContain("cut off");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonOf(Map<String, Object> report, String model) {
        return ((List<Map<String, Object>>) report.get("models")).stream().filter(m -> m.get("model").equals(model))
                .findFirst().map(m -> (Map<String, Object>) m.get("json")).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resultJsonOf(Map<String, Object> report, String model) {
        return ((List<Map<String, Object>>) report.get("results")).stream().filter(r -> r.get("model").equals(model))
                .findFirst().map(r -> (Map<String, Object>) r.get("json")).orElseThrow();
    }

    private int execute(String... args) {
        return new CommandLine(new PromptsmithCli()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(new StringWriter(), true)).execute(args);
    }
}
