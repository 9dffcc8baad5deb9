package dev.promptsmith.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.prompt.PromptCatalog;
import dev.promptsmith.prompt.PromptSummary;
import dev.promptsmith.support.AppTest;
import dev.promptsmith.suite.TestCaseCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application, started over an H2 file migrated by Flyway, has imported its workspace. */
class StartupImportTest extends AppTest {

    @Autowired
    WorkspaceImporter importer;

    @Autowired
    PromptCatalog prompts;

    @Autowired
    TestCaseCatalog testCases;

    @Test
    void theExamplesWereImportedOnStartAndTheBrokenFileReported() {
        assertThat(prompts.find("", 0, 50)).extracting(PromptSummary::name)
                .contains("invoice-to-json", "ticket-classification", "log-root-cause", UNSAMPLED_PROMPT)
                .doesNotContain("broken-example");
        assertThat(importer.lastReport().errors()).singleElement()
                .satisfies(problem -> assertThat(problem.file()).isEqualTo(BROKEN_PROMPT));
    }

    @Test
    void everyExampleHasAtLeastSixTestCases() {
        for (String name : new String[] {"invoice-to-json", "ticket-classification", "log-root-cause"}) {
            PromptSummary prompt = prompts.find(name).orElseThrow();
            assertThat(testCases.ofPrompt(prompt.id())).as(name).hasSizeGreaterThanOrEqualTo(6);
        }
    }

    @Test
    void importingTheUnchangedWorkspaceAgainAddsNothing() {
        ImportReport again = importer.importWorkspace(workspaceRoot());

        assertThat(again.promptVersionsAdded()).isZero();
        assertThat(again.suiteVersionsAdded()).isZero();
        assertThat(prompts.find("invoice-to-json").orElseThrow().versionCount()).isEqualTo(1);
    }
}
