package dev.promptsmith.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.promptsmith.simulator.LlmSimulator;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every config of src/test/resources/promptfoo-conformance with our {@code run} command against one
 * simulator and holds it to what {@code status.txt} says of it: {@code matches} (the same cells, requests
 * and verdicts as promptfoo, recorded in its {@code expected.json}), {@code refused} (exit 2 with that
 * file:line and message) or {@code diverges} (skipped, with the reason). With
 * {@code -Dconformance.report=true} it also prints what every config does today, whatever the manifest says.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PromptfooConformanceTest {

    @TempDir
    Path temp;

    private LlmSimulator simulator;
    private int port;

    @BeforeAll
    void startSimulator() {
        simulator = LlmSimulator.start();
        simulator.reply(ConformanceAnswers.reply());
        port = URI.create(simulator.baseUrl()).getPort();
    }

    @AfterAll
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void theManifestNamesEveryConfigAndEveryConfigHasItsExpectation() {
        List<String> folders = ConformanceFolders.all().stream().map(p -> p.getFileName().toString()).toList();
        assertThat(Manifest.read().entries().keySet()).as(Manifest.FILE.toString()).containsExactlyElementsOf(folders);
        assertThat(folders).hasSizeGreaterThanOrEqualTo(30)
                .allSatisfy(name -> assertThat(ConformanceFolders.ROOT.resolve(name).resolve(ConformanceFolders.EXPECTED))
                        .as("recorded expectation of " + name).isRegularFile());
    }

    @TestFactory
    Stream<DynamicTest> everyConfigDoesWhatTheManifestSays() {
        return Manifest.read().entries().entrySet().stream()
                .map(entry -> DynamicTest.dynamicTest(entry.getKey() + " " + entry.getValue().status()
                        .name().toLowerCase(java.util.Locale.ROOT), () -> check(entry.getKey(), entry.getValue())));
    }

    private void check(String name, Manifest.Entry entry) throws Exception {
        if (entry.status() == Manifest.Status.DIVERGES) {
            Assumptions.abort("diverges from promptfoo: " + entry.detail());
        }
        // a config with Python scripts runs python3, which a machine may not have (.ci/run installs it)
        Assumptions.assumeTrue(!usesPython(name) || dev.promptsmith.script.Scripts.inlineOnly().pythonFound(),
                "python3 is not on the PATH");
        OurRun ours = run(name);
        if (entry.status() == Manifest.Status.REFUSED) {
            assertThat(ours.exit()).as(name + " must be refused (exit 2); it ran:\n" + ours.out() + ours.err())
                    .isEqualTo(2);
            assertThat(ours.err().lines()).as(name + ": the refusal names the file, the line and the reason")
                    .anySatisfy(line -> assertThat(line).contains(entry.detail()));
            return;
        }
        String difference = ours.outcome().firstDifference(expected(name));
        if (difference != null) {
            fail(name + " differs from promptfoo: " + difference + "\nour output:\n" + ours.out() + ours.err());
        }
    }

    private static boolean usesPython(String name) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(ConformanceFolders.ROOT.resolve(name))) {
            return files.anyMatch(file -> file.toString().endsWith(".py"));
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "conformance.report", matches = "true")
    void reportsWhatEveryConfigDoesToday() throws Exception {
        // e.g. -Dconformance.alsoDrop=max_tokens,temperature to see what differs past promptfoo's default options
        java.util.Set<String> alsoDrop = java.util.Set.of(System.getProperty("conformance.alsoDrop", "").split(","))
                .stream().map(String::strip).filter(f -> !f.isEmpty()).collect(java.util.stream.Collectors.toSet());
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Manifest.Entry> entry : Manifest.read().entries().entrySet()) {
            String name = entry.getKey();
            Outcome outcome = run(name).outcome().without(alsoDrop);
            List<String> differences = outcome.differences(expected(name).without(alsoDrop));
            String now;
            if (outcome.refused() != null) {
                now = "refused " + outcome.refused();
            } else if (differences.isEmpty()) {
                now = "matches";
            } else {
                now = "DIVERGES " + String.join("; ", differences.stream()
                        .map(d -> d.lines().findFirst().orElse("")).toList()) + errors(outcome);
            }
            lines.add(String.format("%-32s %-9s | today: %s", name,
                    entry.getValue().status().name().toLowerCase(java.util.Locale.ROOT), now));
        }
        System.out.println("\nConformance with promptfoo (manifest | what the code does today)"
                + (alsoDrop.isEmpty() ? "" : ", also leaving out of the requests: " + alsoDrop) + ":");
        lines.forEach(System.out::println);
    }

    /** The first reason of a cell of ours that ended in an error, if any. */
    private static String errors(Outcome outcome) {
        for (var cell : outcome.detail()) {
            if (cell.has("reason")) {
                return " (our first error: " + cell.path("reason").asString() + ")";
            }
        }
        return "";
    }

    private OurRun run(String name) throws Exception {
        Path work = Files.createDirectories(temp.resolve(name));
        Path config = ConformanceFolders.copy(ConformanceFolders.ROOT.resolve(name), work.resolve("config"), port);
        return OurRun.of(config, temp.resolve("data"), simulator);
    }

    private static Outcome expected(String name) throws Exception {
        return Outcome.fromJson(Requests.JSON.readTree(
                ConformanceFolders.ROOT.resolve(name).resolve(ConformanceFolders.EXPECTED).toFile()));
    }
}
