package dev.promptsmith.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.prompt.PromptCatalog;
import dev.promptsmith.run.RunService;
import dev.promptsmith.run.store.RunMatrix;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.suite.SuiteVersion;
import dev.promptsmith.support.AppTest;
import dev.promptsmith.support.StoredRuns;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The library over the imported workspace: what is there, what is missing, and an index that is wrong. */
class TaskLibraryTest extends AppTest {

    @Autowired
    PromptCatalog prompts;

    @Autowired
    RunService runs;

    @Autowired
    ApplicationContext app;

    @Test
    void aTaskWhosePromptOrSuiteIsNotInTheWorkspaceIsShownAsMissing() {
        // given
        LibraryTask present = new LibraryTask("pii", "PII", "Privacy", "d", "pii-redaction", "pii-redaction");
        LibraryTask noPrompt = new LibraryTask("gone", "Gone", "Other", "d", "no-such-prompt", "pii-redaction");
        LibraryTask noSuite = new LibraryTask("half", "Half", "Other", "d", "pii-redaction", "no-such-suite");

        // when
        List<TaskEntry> entries = new TaskLibrary(List.of(present, noPrompt, noSuite), prompts, runs).entries();

        // then
        assertThat(entries).extracting(TaskEntry::complete).containsExactly(true, false, false);
        assertThat(entries.get(0).cases()).isGreaterThanOrEqualTo(10);
        assertThat(entries.get(1).missing()).containsExactly("prompt prompts/no-such-prompt.prompty");
        assertThat(entries.get(2).missing()).containsExactly("suite testcases/no-such-suite.yaml");
        assertThat(entries.get(2).cases()).isZero();
    }

    @Test
    void eachModelsLatestResultComesFromTheNewestRunThatHasItsResults() {
        // given: m1 and m2 ran the suite, then m1 alone ran it again with two repeats
        StoredRuns stored = new StoredRuns(app);
        SuiteVersion suite = stored.suite("library-latest", 6);
        long older = stored.finishedRun(suite, 2, 1);
        long newer = stored.finishedRun(suite, 1, 2);
        LibraryTask task = new LibraryTask("latest", "Latest", "Other", "d", StoredRuns.PROMPT, "library-latest");

        // when
        List<ModelPassRate> latest = new TaskLibrary(List.of(task), prompts, runs).entries().getFirst().latest();

        // then: as the run's matrix counts them
        assertThat(latest).containsExactly(counted("m1", newer), counted("m2", older));
        assertThat(latest).extracting(ModelPassRate::cells).containsExactly(12, 6);
    }

    private ModelPassRate counted(String model, long runId) {
        RunMatrix matrix = runs.matrix();
        RunMatrix.Outline outline = matrix.outline(runId).orElseThrow();
        int position = outline.models().indexOf(model);
        List<RunMatrix.Tally> tallies = matrix.tallies(runId, 0, outline.tests()).stream()
                .filter(tally -> tally.modelPosition() == position).toList();
        return new ModelPassRate(model, runId, tallies.stream().mapToInt(RunMatrix.Tally::passed).sum(),
                tallies.stream().mapToInt(RunMatrix.Tally::runs).sum());
    }

    @Test
    void everyShippedTaskIsInTheWorkspace() {
        assertThat(new TaskLibrary(prompts, runs).entries()).hasSize(12)
                .allSatisfy(entry -> assertThat(entry.missing()).isEmpty());
    }

    @Test
    void anIndexEntryWithoutASuiteIsReportedWithItsLine() {
        String index = """
                tasks:
                  - name: a
                    title: A
                    category: C
                    description: D
                    prompt: p
                """;

        assertThatThrownBy(() -> TaskIndex.read("library/tasks.yaml", index))
                .isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("library/tasks.yaml:2")
                .hasMessageContaining("the task needs a text 'suite'");
    }
}
