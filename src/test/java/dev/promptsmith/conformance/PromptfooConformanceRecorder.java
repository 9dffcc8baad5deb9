package dev.promptsmith.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.simulator.LlmSimulator;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Re-records {@code expected.json} of every conformance config (or of those named by
 * {@code -Dconformance.only=NN-a,NN-b}) from what promptfoo does with it: runs {@code promptfoo eval} on a
 * copy against the simulator and writes the cells, the requests and the verdicts. Needs promptfoo in
 * bench/promptfoo ({@code npm ci} there). Only runs with {@code -Dconformance.record=true}; see the README of
 * src/test/resources/promptfoo-conformance.
 */
@EnabledIfSystemProperty(named = "conformance.record", matches = "true")
class PromptfooConformanceRecorder {

    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @TempDir
    Path temp;

    @Test
    void recordsWhatPromptfooDoesWithEveryConfig() throws Exception {
        assertThat(PromptfooRun.installed()).as("promptfoo is not installed: (cd bench/promptfoo && npm ci)").isTrue();
        String only = System.getProperty("conformance.only", "");
        try (LlmSimulator simulator = LlmSimulator.start()) {
            simulator.reply(ConformanceAnswers.reply());
            int port = URI.create(simulator.baseUrl()).getPort();
            for (Path folder : ConformanceFolders.all()) {
                String name = folder.getFileName().toString();
                if (!only.isBlank() && !java.util.List.of(only.split(",")).contains(name)) {
                    continue;
                }
                Path work = Files.createDirectories(temp.resolve(name));
                Path config = ConformanceFolders.copy(folder, work.resolve("config"), port);
                simulator.clearRecords();
                Outcome outcome = PromptfooRun.eval(config, work);
                outcome = outcome.refused() != null ? outcome
                        : new Outcome(null, outcome.cells(), Requests.normalised(simulator.requests()),
                        outcome.verdicts(), outcome.detail());
                ObjectNode json = outcome.toJson();
                Files.writeString(folder.resolve(ConformanceFolders.EXPECTED), PRETTY.writeValueAsString(json) + "\n");
                System.out.printf("%-32s %s%n", name, outcome.refused() != null ? "promptfoo refused: "
                        + outcome.refused() : outcome.cells() + " cells, " + outcome.requests().size() + " requests, "
                        + outcome.verdicts());
            }
        }
    }
}
