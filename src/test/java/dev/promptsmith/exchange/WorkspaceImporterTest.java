package dev.promptsmith.exchange;

import static dev.promptsmith.support.Workspace.prompt;
import static dev.promptsmith.support.Workspace.suite;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.prompt.PromptStore;
import dev.promptsmith.prompt.PromptVersion;
import dev.promptsmith.shared.FileProblem;
import dev.promptsmith.shared.InputLimits;
import dev.promptsmith.support.H2Database;
import dev.promptsmith.support.Workspace;
import dev.promptsmith.suite.SuiteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceImporterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private Workspace workspace;
    private H2Database database;

    @BeforeEach
    void setUp() {
        workspace = new Workspace(temp.resolve("workspace"));
        database = new H2Database(temp.resolve("data"));
    }

    @AfterEach
    void tearDown() {
        database.shutdown();
    }

    @Test
    void importsPromptsAndSuitesAsFirstVersions() {
        // given
        workspace.write("prompts/greet.prompty", prompt("Greeter", "Greet {{ person }}"))
                .write("testcases/greet.yaml", suite("greet"));

        // when
        ImportReport report = importer().importWorkspace(workspace.root());

        // then
        assertThat(report).isEqualTo(new ImportReport(List.of(), List.of(), 1, 1));
        PromptStore prompts = new PromptStore(database.jdbc(), CLOCK);
        long id = prompts.summary("greet").orElseThrow().id();
        assertThat(prompts.versions(id)).singleElement().satisfies(version -> {
            assertThat(version.number()).isEqualTo(1);
            assertThat(version.parentId()).isNull();
            assertThat(version.note()).isEqualTo("imported from prompts/greet.prompty");
            assertThat(version.createdAt()).isEqualTo(CLOCK.instant());
        });
        assertThat(new SuiteStore(database.jdbc(), CLOCK).testCasesOfPrompt(id))
                .extracting(c -> c.suiteName() + "#" + c.position() + " " + c.description() + " " + c.vars())
                .containsExactly("greet#0 first {person=Ada}", "greet#1 second {person=Bob}");
    }

    @Test
    void restartingWithUnchangedFilesAddsNothing() {
        // given
        workspace.write("prompts/greet.prompty", prompt("Greeter", "Greet {{ person }}"))
                .write("testcases/greet.yaml", suite("greet"));
        importer().importWorkspace(workspace.root());
        restart();

        // when
        ImportReport again = importer().importWorkspace(workspace.root());

        // then
        assertThat(again.promptVersionsAdded()).isZero();
        assertThat(again.suiteVersionsAdded()).isZero();
        assertThat(database.count("prompt_version")).isEqualTo(1);
        assertThat(database.count("suite_version")).isEqualTo(1);
        assertThat(database.count("test_case")).isEqualTo(2);
    }

    @Test
    void editingAFileAndRestartingAddsExactlyOneVersionWithItsParent() {
        // given
        workspace.write("prompts/greet.prompty", prompt("Greeter", "Greet {{ person }}"));
        importer().importWorkspace(workspace.root());
        restart();

        // when
        workspace.write("prompts/greet.prompty", prompt("Greeter", "Greet {{ person }} warmly"));
        ImportReport report = importer().importWorkspace(workspace.root());
        importer().importWorkspace(workspace.root());

        // then
        assertThat(report.promptVersionsAdded()).isEqualTo(1);
        PromptStore prompts = new PromptStore(database.jdbc(), CLOCK);
        List<PromptVersion> versions = prompts.versions(prompts.summary("greet").orElseThrow().id());
        assertThat(versions).extracting(PromptVersion::number).containsExactly(2, 1);
        assertThat(versions.getFirst().parentId()).isEqualTo(versions.getLast().id());
        assertThat(versions.getFirst().content()).contains("warmly");
    }

    @Test
    void aBrokenFileIsReportedWithFileAndLineWhileTheOthersImport() {
        // given
        workspace.write("prompts/good.prompty", prompt("Good", "Hi {{ person }}"))
                .write("prompts/broken.prompty", "---\nname: Broken\nsample: [oops\n---\nuser:\nHi\n")
                .write("testcases/good.yaml", suite("good"));

        // when
        ImportReport report = importer().importWorkspace(workspace.root());

        // then
        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("prompts/broken.prompty");
            assertThat(problem.line()).isBetween(3, 4);
        });
        assertThat(report.promptVersionsAdded()).isEqualTo(1);
        assertThat(report.suiteVersionsAdded()).isEqualTo(1);
        assertThat(database.jdbc().sql("select name from prompt").query(String.class).list()).containsExactly("good");
    }

    @Test
    void aTemplateThatCannotRenderInTimeIsReportedAtItsLineWithinTheBudgetWhileTheOthersImport() {
        // given: four nested loops of 1,000 never ended, and the import of every file with them
        workspace.write("prompts/good.prompty", prompt("Good", "Hi {{ person }}"))
                .write("prompts/hostile.prompty", prompt("Hostile", "{% for a in range(1000) %}{% for b in range(1000) %}"
                        + "{% for c in range(1000) %}{% for d in range(1000) %}{% if d < 0 %}{{ a }}{% endif %}"
                        + "{% endfor %}{% endfor %}{% endfor %}{% endfor %}"))
                .write("testcases/good.yaml", suite("good"));
        InputLimits limits = new InputLimits(Duration.ofMillis(500), 1_000_000, 1_000_000);

        // when
        long start = System.nanoTime();
        ImportReport report = importer(limits).importWorkspace(workspace.root());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // then
        assertThat(report.errors()).containsExactly(new FileProblem("prompts/hostile.prompty", 10,
                "template of the user message: template took longer than 500 ms to render "
                        + "(setting promptsmith.render.timeout)"));
        assertThat(database.jdbc().sql("select name from prompt").query(String.class).list()).containsExactly("good");
        assertThat(report.suiteVersionsAdded()).isEqualTo(1);
        assertThat(took).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aPromptLinkedFromOutsideTheWorkspaceIsNotImported() throws Exception {
        // given
        Path outside = Files.writeString(temp.resolve("elsewhere.prompty"), prompt("Elsewhere", "secret {{ person }}"));
        Files.createSymbolicLink(workspace.root().resolve("prompts/greet.prompty"), outside);

        // when
        ImportReport report = importer().importWorkspace(workspace.root());

        // then
        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("prompts/greet.prompty");
            assertThat(problem.message()).startsWith("is a link to " + outside.toRealPath() + ", outside the workspace");
        });
        assertThat(database.count("prompt")).isZero();
    }

    @Test
    void aSuiteNamingAMissingPromptIsNotHalfImported() {
        // given
        workspace.write("testcases/orphan.yaml", suite("nowhere"));

        // when
        ImportReport report = importer().importWorkspace(workspace.root());

        // then
        assertThat(report.errors()).containsExactly(new FileProblem("testcases/orphan.yaml", 3,
                "prompt 'nowhere' is not in prompts/ (expected prompts/nowhere.prompty)"));
        assertThat(database.count("suite")).isZero();
        assertThat(database.count("suite_version")).isZero();
        assertThat(database.count("test_case")).isZero();
    }

    @Test
    void aSuiteWithAnInlinePromptStoresThePromptToo() {
        // given
        workspace.write("testcases/promptfooconfig.yaml", """
                prompts:
                  - "Summarise {{ text }} in one line"
                tests:
                  - vars: {text: a long story}
                """);

        // when
        ImportReport report = importer().importWorkspace(workspace.root());

        // then
        assertThat(report.errors()).isEmpty();
        PromptStore prompts = new PromptStore(database.jdbc(), CLOCK);
        long id = prompts.summary("promptfooconfig").orElseThrow().id();
        assertThat(prompts.versions(id)).singleElement()
                .satisfies(v -> assertThat(v.content()).endsWith("parser: promptfoo\n---\nSummarise {{ text }} in one line"));
        assertThat(new SuiteStore(database.jdbc(), CLOCK).testCasesOfPrompt(id)).hasSize(1);
    }

    @Test
    void aTestWithoutAValueForAPromptVariableIsAWarning() {
        // given
        workspace.write("prompts/greet.prompty", prompt("Greeter", "Greet {{ person }} in {{ language }}"))
                .write("testcases/greet.yaml", suite("greet"));

        // when
        ImportReport report = importer().importWorkspace(workspace.root());

        // then
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).containsExactly(
                new FileProblem("testcases/greet.yaml", 5, "test 1 gives no value for 'language', used by prompt 'greet' (its cells fail)"),
                new FileProblem("testcases/greet.yaml", 10, "test 2 gives no value for 'language', used by prompt 'greet' (its cells fail)"));
    }

    private WorkspaceImporter importer() {
        return importer(InputLimits.DEFAULTS);
    }

    private WorkspaceImporter importer(InputLimits limits) {
        return new WorkspaceImporter(new PromptStore(database.jdbc(), CLOCK), new SuiteStore(database.jdbc(), CLOCK),
                database.transactions(), limits);
    }

    private void restart() {
        database.shutdown();
        database = new H2Database(temp.resolve("data"));
    }
}
