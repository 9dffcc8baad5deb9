package dev.promptsmith.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.model.ModelCatalog;
import dev.promptsmith.prompt.PromptCatalog;
import dev.promptsmith.run.RunService;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.support.AppTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The library over the imported workspace: what is there, what is missing, and an index that is wrong. */
class TaskLibraryTest extends AppTest {

    @Autowired
    PromptCatalog prompts;

    @Autowired
    RunService runs;

    @Autowired
    ModelCatalog models;

    @Test
    void aTaskWhosePromptOrSuiteIsNotInTheWorkspaceIsShownAsMissing() {
        // given
        LibraryTask present = new LibraryTask("pii", "PII", "Privacy", "d", "pii-redaction", "pii-redaction");
        LibraryTask noPrompt = new LibraryTask("gone", "Gone", "Other", "d", "no-such-prompt", "pii-redaction");
        LibraryTask noSuite = new LibraryTask("half", "Half", "Other", "d", "pii-redaction", "no-such-suite");

        // when
        List<TaskEntry> entries = new TaskLibrary(List.of(present, noPrompt, noSuite), prompts, runs, models).entries();

        // then
        assertThat(entries).extracting(TaskEntry::complete).containsExactly(true, false, false);
        assertThat(entries.get(0).cases()).isGreaterThanOrEqualTo(10);
        assertThat(entries.get(1).missing()).containsExactly("prompt prompts/no-such-prompt.prompty");
        assertThat(entries.get(2).missing()).containsExactly("suite testcases/no-such-suite.yaml");
        assertThat(entries.get(2).cases()).isZero();
    }

    @Test
    void everyShippedTaskIsInTheWorkspace() {
        assertThat(new TaskLibrary(prompts, runs, models).entries()).hasSize(12)
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
