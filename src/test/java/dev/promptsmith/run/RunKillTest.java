package dev.promptsmith.run;

import dev.promptsmith.suite.results.Sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.PromptsmithApplication;
import dev.promptsmith.run.store.RunStatus;
import dev.promptsmith.run.store.RunSummary;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.ChildJvm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command in a process of its own, killed with SIGKILL in the middle of a run: the
 * results it reported are in the database, the run shows as interrupted, and resuming calls
 * exactly the cells that have no result.
 */
class RunKillTest {

    private static final Pattern PROGRESS = Pattern.compile("^\\[(\\d+)/40] (PASS|FAIL) case (\\d+) ");

    @TempDir
    Path temp;

    private RunFixture fixture;
    private Process process;

    @AfterEach
    void close() {
        if (process != null) {
            process.destroyForcibly();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void afterKillNineTheFinishedResultsAreIntactAndResumeCallsOnlyTheRest() throws Exception {
        // given: a suite of 40 slow cases, stored once so the workspace has its files
        fixture = new RunFixture(temp);
        fixture.suite(40);
        fixture.database.shutdown();
        fixture.simulator.reply(Reply.text("Hello there"));
        fixture.simulator.latency(Duration.ofMillis(150));
        String suiteFile = temp.resolve("testcases/greet.yaml").toString();
        java.nio.file.Files.writeString(temp.resolve("testcases/greet.yaml"),
                java.nio.file.Files.readString(temp.resolve("testcases/greet.yaml"))
                        + "providers:\n  - id: openai:chat:m\n    config:\n      apiBaseUrl: "
                        + fixture.simulator.openAiBaseUrl() + "\n");

        // when: the command runs 2 at a time and is killed once it has reported 10 results
        process = new ProcessBuilder(ChildJvm.javaBinary(), "-cp", System.getProperty("java.class.path"),
                PromptsmithApplication.class.getName(), "run", suiteFile, "-j", "2", "--database",
                temp.resolve("data").toString())
                .redirectErrorStream(true)
                .start();
        List<Integer> reported = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (reported.size() < 10 && (line = out.readLine()) != null) {
                lines.add(line);
                Matcher progress = PROGRESS.matcher(line);
                if (progress.find()) {
                    reported.add(Integer.parseInt(progress.group(3)));
                }
            }
            process.destroyForcibly();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(reported).as(String.join("\n", lines)).hasSize(10);
        int callsBeforeKill = settledCallCount();

        // then: the restarted app's view of the database
        fixture.reopen();
        int marked = fixture.store.markInterrupted(RunOwner::alive, Duration.ofMinutes(2));
        RunSummary run = fixture.store.history(null, 0, 1).getFirst();
        assertThat(marked).isEqualTo(1);
        assertThat(run.status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(run.done()).isBetween(10, 39);
        List<Integer> stored = new StoredRunResults(fixture.store).samples(run.id()).stream().map(Sample::test).toList();
        assertThat(stored).containsAll(reported);
        assertThat(fixture.count("check_result")).isEqualTo(run.done());

        // and resuming calls only the cells without a result
        fixture.simulator.latency(Duration.ZERO);
        ActiveRun resumed = fixture.engine().resume(run.id(), result -> { });
        List<CellResult> rest = resumed.await();
        assertThat(rest).hasSize(40 - run.done());
        assertThat(fixture.simulator.callCount() - callsBeforeKill).isEqualTo(40 - run.done());
        assertThat(rest).extracting(r -> r.cell().test().position()).doesNotContainAnyElementsOf(stored);
        assertThat(fixture.count("run_result")).isEqualTo(40);
        assertThat(fixture.store.summary(run.id()).orElseThrow().status()).isEqualTo(RunStatus.FINISHED);
    }

    @Test
    void onSigtermTheReportsListTheFinishedCellsAndTheRunIsStoredAsStopped() throws Exception {
        // given: the same slow suite
        fixture = new RunFixture(temp);
        fixture.suite(40);
        fixture.database.shutdown();
        fixture.simulator.reply(Reply.text("Hello there"));
        fixture.simulator.latency(Duration.ofMillis(150));
        Path suite = temp.resolve("testcases/greet.yaml");
        java.nio.file.Files.writeString(suite, java.nio.file.Files.readString(suite)
                + "providers:\n  - id: openai:chat:m\n    config:\n      apiBaseUrl: "
                + fixture.simulator.openAiBaseUrl() + "\n");
        Path junit = temp.resolve("junit.xml");
        Path json = temp.resolve("results.json");

        // when: the command is asked to stop (SIGTERM) once it has reported 10 results
        process = new ProcessBuilder(ChildJvm.javaBinary(), "-cp", System.getProperty("java.class.path"),
                PromptsmithApplication.class.getName(), "run", suite.toString(), "-j", "2", "--database",
                temp.resolve("data").toString(), "--junit", junit.toString(), "--json", json.toString())
                .redirectErrorStream(true)
                .start();
        List<Integer> reported = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        long stopAsked = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                Matcher progress = PROGRESS.matcher(line);
                if (progress.find()) {
                    reported.add(Integer.parseInt(progress.group(3)));
                    if (reported.size() == 10) {
                        // SIGTERM; Process.destroy() would also close the output still to be read
                        process.toHandle().destroy();
                        stopAsked = System.nanoTime();
                    }
                }
            }
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as(String.join("\n", lines)).isTrue();
            // measured: 0.5 s from SIGTERM to exit
            assertThat(Duration.ofNanos(System.nanoTime() - stopAsked)).isLessThan(Duration.ofSeconds(10));
        }

        // then: the reports hold every cell reported, and only cells that finished
        String output = String.join("\n", lines);
        assertThat(output).contains("STOPPED: interrupted: the process was asked to stop (SIGTERM or Ctrl-C)");
        assertThat(junit).as(output).exists();
        assertThat(json).exists();
        String xml = java.nio.file.Files.readString(junit);
        int tests = Integer.parseInt(xml.replaceAll("(?s).*?<testsuite[^>]* tests=\"(\\d+)\".*", "$1"));
        assertThat(tests).isBetween(reported.size(), 39);
        assertThat(reported).allSatisfy(test -> assertThat(xml).contains("case " + test + " "));
        fixture.reopen();
        RunSummary run = fixture.store.history(null, 0, 1).getFirst();
        assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(run.done()).isEqualTo(tests);
        assertThat(fixture.store.stopReason(run.id())).contains(
                "interrupted: the process was asked to stop (SIGTERM or Ctrl-C)");
    }

    /** The simulator's call count once requests the killed process had already sent have all arrived. */
    private int settledCallCount() throws InterruptedException {
        int count = fixture.simulator.callCount();
        while (true) {
            Thread.sleep(300);
            int now = fixture.simulator.callCount();
            if (now == count) {
                return now;
            }
            count = now;
        }
    }
}
