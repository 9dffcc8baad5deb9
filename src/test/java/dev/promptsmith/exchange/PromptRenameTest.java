package dev.promptsmith.exchange;

import static dev.promptsmith.support.Workspace.prompt;
import static dev.promptsmith.support.Workspace.suite;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.prompt.PromptLabel;
import dev.promptsmith.prompt.PromptServices;
import dev.promptsmith.prompt.PromptStore;
import dev.promptsmith.prompt.PromptVersion;
import dev.promptsmith.prompt.RenameResult;
import dev.promptsmith.shared.InputLimits;
import dev.promptsmith.suite.SuiteStore;
import dev.promptsmith.support.H2Database;
import dev.promptsmith.support.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptRenameTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T11:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private Workspace workspace;
    private H2Database database;
    private PromptStore prompts;
    private SuiteStore suites;
    private WorkspaceImporter importer;
    private PromptRename rename;

    @BeforeEach
    void setUp() {
        workspace = new Workspace(temp.resolve("workspace"));
        database = new H2Database(temp.resolve("data"));
        prompts = new PromptStore(database.jdbc(), CLOCK);
        suites = new SuiteStore(database.jdbc(), CLOCK);
        importer = new WorkspaceImporter(prompts, suites, database.transactions(), InputLimits.DEFAULTS);
        rename = new PromptRename(PromptServices.lifecycle(prompts, database, workspace.root()), importer,
                workspace.root().toString());
    }

    @AfterEach
    void tearDown() {
        database.shutdown();
    }

    @Test
    void aRenamedPromptKeepsItsVersionsLabelsAndSuiteAndItsFileAndTheSuitesReferenceMoveWithIt() throws Exception {
        // given: a prompt with two versions, a label on the first, and a suite that names its file
        workspace.write("prompts/greet.prompty", prompt("Greeter", "Greet {{ person }}"))
                .write("testcases/greet.yaml", suite("greet"));
        importer.importWorkspace(workspace.root());
        workspace.write("prompts/greet.prompty", prompt("Greeter", "Greet {{ person }} warmly"));
        importer.importWorkspace(workspace.root());
        long id = prompts.summary("greet").orElseThrow().id();
        PromptVersion first = prompts.versions(id).getLast();
        prompts.putLabel(id, "production", first.id(), true);
        int suiteVersion = suites.latest("greet").orElseThrow().number();

        // when
        RenameResult result = rename.rename("greet", "welcome");

        // then: the files moved, the suite names the new file
        assertThat(result).isEqualTo(new RenameResult(true, List.of(), List.of(
                "prompts/greet.prompty is now prompts/welcome.prompty",
                "testcases/greet.yaml now names prompts/welcome.prompty")));
        assertThat(workspace.root().resolve("prompts/greet.prompty")).doesNotExist();
        assertThat(workspace.root().resolve("prompts/welcome.prompty")).hasContent(
                prompt("Greeter", "Greet {{ person }} warmly"));
        assertThat(Files.readString(workspace.root().resolve("testcases/greet.yaml")))
                .isEqualTo(suite("greet").replace("file://prompts/greet.prompty", "file://prompts/welcome.prompty"));

        // when: the watcher imports what changed
        ImportReport report = importer.importWorkspace(workspace.root());

        // then: no prompt version is added and none is lost; the suite's new version tests the same prompt
        assertThat(report).isEqualTo(new ImportReport(List.of(), List.of(), 0, 1));
        assertThat(prompts.summary("greet")).isEmpty();
        assertThat(prompts.summary("welcome")).hasValueSatisfying(p -> {
            assertThat(p.id()).isEqualTo(id);
            assertThat(p.versionCount()).isEqualTo(2);
        });
        assertThat(prompts.labels(id)).containsExactly(new PromptLabel("production", first.id(), 1, true));
        assertThat(suites.latest("greet")).hasValueSatisfying(s -> {
            assertThat(s.number()).isEqualTo(suiteVersion + 1);
            assertThat(s.promptIds()).containsExactly(id);
        });
        assertThat(new WorkspaceCheck(InputLimits.DEFAULTS).check(workspace.root()).errors()).isEmpty();
    }

    @Test
    void aSuiteThatMentionsThePromptsFileOtherThanAsAReferenceRefusesTheRenameAtItsLineAndNothingChanges() {
        // given: a suite whose comment names the file (a text replacement could not know what it means)
        workspace.write("prompts/greet.prompty", prompt("Greeter", "Greet {{ person }}"))
                .write("testcases/greet.yaml", suite("greet").replace("tests:\n",
                        "# the cases of prompts/greet.prompty\ntests:\n"));
        importer.importWorkspace(workspace.root());

        // when
        RenameResult result = rename.rename("greet", "welcome");

        // then
        assertThat(result).isEqualTo(RenameResult.refused("testcases/greet.yaml:4: names prompts/greet.prompty "
                + "other than as a file:// reference of its prompts; rename it there by hand, or change that line first"));
        assertThat(prompts.summary("greet")).isPresent();
        assertThat(prompts.summary("welcome")).isEmpty();
        assertThat(workspace.root().resolve("prompts/greet.prompty")).exists();
        assertThat(workspace.root().resolve("prompts/welcome.prompty")).doesNotExist();
    }

    @Test
    void aTakenOrInvalidNameIsRefused() {
        // given
        workspace.write("prompts/greet.prompty", prompt("Greeter", "Greet {{ person }}"))
                .write("prompts/other.prompty", prompt("Other", "Hello {{ person }}"));
        importer.importWorkspace(workspace.root());

        // when / then
        assertThat(rename.rename("greet", "other").problems()).containsExactly("the name 'other' is taken (by a "
                + "prompt, or by one deleted, whose versions runs still show)");
        assertThat(rename.rename("greet", "Bad name").problems()).containsExactly("'Bad name' cannot name a prompt "
                + "file: use lower-case letters, digits, '-', '_' and '.', starting with a letter or digit");
        assertThat(rename.rename("missing", "new").problems()).containsExactly("there is no prompt 'missing' to rename");
        assertThat(workspace.root().resolve("prompts/greet.prompty")).exists();
    }
}
