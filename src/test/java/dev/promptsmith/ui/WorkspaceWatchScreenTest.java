package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.promptsmith.run.RunService;
import dev.promptsmith.suite.SuiteVersion;
import dev.promptsmith.support.BrowserTest;
import dev.promptsmith.support.EditorPage;
import dev.promptsmith.support.Workspace;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Files changed outside the app (an editor, a git pull) become new versions while it runs, and open screens show them. */
class WorkspaceWatchScreenTest extends BrowserTest {

    private final Workspace workspace = new Workspace(workspaceRoot());
    @Autowired
    private RunService runs;

    @Test
    void aPromptFileWrittenOnDiskAppearsOnTheOpenPromptsScreenAndAChangeIsANewVersion() throws IOException {
        // given: the Prompts screen is open
        open("/prompts");
        assertThat(page.locator("#prompts-grid")).containsText("Invoice to JSON");
        // the list is searched, so the new row is among those shown however many prompts other tests made
        page.locator("#prompt-search input").fill("watched");

        // when: a new prompt file is written by another program
        workspace.write("prompts/watched-note.prompty",
                "---\nname: Watched note\ndescription: first\n---\nuser:\nSummarise {{ text }}\n");

        // then: without a reload, the screen lists it and says what came in
        Locator row = page.locator("#prompts-grid vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText("Watched note"));
        assertThat(row).hasCount(1);
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("Files changed on disk"))).containsText("1 new prompt version");

        // when: the file changes again
        workspace.write("prompts/watched-note.prompty",
                "---\nname: Watched note\ndescription: second\n---\nuser:\nSummarise {{ text }} in one line\n");

        // then: its page shows a second version
        assertThat(page.locator("#prompts-grid vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText("second"))).hasCount(1);
        open("/prompts/watched-note");
        assertThat(page.locator("body")).containsText("in one line");
        workspace.delete("prompts/watched-note.prompty");
    }

    @Test
    void aFileChangedOnDiskWhileItsPromptIsEditedInTheBrowserOverwritesNothing() throws Exception {
        // given: a prompt from a file, open in the editor with a change not yet saved
        workspace.write("prompts/watched-edit.prompty", "---\nname: Watched edit\n---\nuser:\nFirst {{ q }}\n");
        open("/prompts");
        page.locator("#prompt-search input").fill("Watched edit");
        assertThat(page.locator("#prompts-grid")).containsText("Watched edit");
        open("/prompts/watched-edit/edit");
        EditorPage editor = new EditorPage(page);
        editor.typeMessage(0, "From the browser {{ q }}");

        // when: the file changes on disk (a git pull, another editor), then the browser saves
        workspace.write("prompts/watched-edit.prompty", "---\nname: Watched edit\n---\nuser:\nFrom disk {{ q }}\n");
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("Files changed on disk"))).containsText("1 new prompt version");
        editor.save("from the browser");

        // then: the save is refused, saying where the newer version came from; saved after it, both are kept
        assertThat(editor.message()).hasText("Not saved: version 2 was saved from its file, changed on disk, after you "
                + "started editing version 1. Save yours as version 3 after it, or reload to see theirs.");
        page.locator("#save-as-new").click();
        editor.savedAs(3);
        open("/prompts/watched-edit");
        assertThat(page.locator("#versions-grid")).containsText("v2");
        assertThat(page.locator("#versions-grid")).containsText("v3");
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(
                workspaceRoot().resolve("prompts/watched-edit.prompty"))).contains("From the browser {{ q }}");
        workspace.delete("prompts/watched-edit.prompty");
    }

    @Test
    void aRenamedPromptKeepsItsHistoryAndOpenScreensFollowItsFileWhileEditsAreKeptBesideTheFilesVersion()
            throws Exception {
        // given: a prompt from a file, on its page
        workspace.write("prompts/watched-flow.prompty",
                "---\nname: Watched flow\n---\nsystem:\nBe brief.\n\nuser:\nFirst {{ q }}\n");
        open("/prompts");
        page.locator("#prompt-search input").fill("Watched flow");
        assertThat(page.locator("#prompts-grid")).containsText("Watched flow");
        open("/prompts/watched-flow");

        // when: it is renamed
        page.locator("#rename-prompt").click();
        page.locator("#rename-name input").fill("renamed-flow");
        page.locator("#rename-confirm").click();

        // then: its page is under the new name, and the file moved
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("Renamed"))).containsText("prompts/watched-flow.prompty is now prompts/renamed-flow.prompty");
        assertThat(page.locator(".prompt-key")).hasText("renamed-flow.prompty · 1 version");
        org.assertj.core.api.Assertions.assertThat(workspaceRoot().resolve("prompts/watched-flow.prompty")).doesNotExist();
        org.assertj.core.api.Assertions.assertThat(workspaceRoot().resolve("prompts/renamed-flow.prompty")).exists();

        // when: its file changes on disk while the page is open
        workspace.write("prompts/renamed-flow.prompty",
                "---\nname: Watched flow\n---\nsystem:\nBe brief.\n\nuser:\nSecond {{ q }}\n");

        // then: the page shows the new version in place, history kept
        assertThat(page.locator(".prompt-key")).hasText("renamed-flow.prompty · 2 versions");
        assertThat(page.locator("#messages")).containsText("Second {{ q }}");

        // when: the editor opens it and a template error is typed over three lines
        open("/prompts/renamed-flow/edit");
        EditorPage editor = new EditorPage(page);
        assertThat(editor.gutterLines(1)).hasCount(1);
        editor.typeMessage(1, "From the browser {{ q }}\nthen {% if q %}\n{# a note #}");

        // then: the gutter numbers the lines and marks the error's; the syntax is marked
        assertThat(editor.gutterLines(1)).hasText(new String[] {"1", "2", "3"});
        assertThat(editor.gutterErrors(1)).hasText("2");
        assertThat(editor.marks(1, "tpl-expression")).hasText("{{ q }}");
        assertThat(editor.marks(1, "tpl-statement")).hasText("{% if q %}");
        assertThat(editor.marks(1, "tpl-comment")).hasText("{# a note #}");
        editor.typeMessage(1, "From the browser {{ q }}\nthen {% if q %}yes{% endif %}");
        assertThat(editor.gutterErrors(1)).hasCount(0);
        assertThat(editor.gutterLines(1)).hasCount(2);

        // when: the file changes on disk while the editor has these unsaved edits
        workspace.write("prompts/renamed-flow.prompty",
                "---\nname: Watched flow\n---\nsystem:\nBe brief.\n\nuser:\nThird from disk {{ q }}\n");

        // then: both are shown, as a diff, and nothing is replaced
        assertThat(page.locator("#file-change-text")).containsText(
                "Version 3 came from its file, changed on disk while you were editing version 2.");
        assertThat(page.locator("#file-change-diff .diff-removed")).containsText(new String[] {"Third"});
        assertThat(page.locator("#file-change-diff .diff-added").first()).containsText("From");
        assertThat(editor.messageText(1)).hasValue("From the browser {{ q }}\nthen {% if q %}yes{% endif %}");
        screenshot("editor-newer-version-beside-draft");

        // when: the user keeps theirs
        page.locator("#keep-mine").click();

        // then: saved after the file's version; both versions kept; the file holds the browser's text
        editor.savedAs(4);
        assertThat(page.locator("#file-change")).isHidden();
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(
                workspaceRoot().resolve("prompts/renamed-flow.prompty"))).contains("then {% if q %}yes{% endif %}");
        open("/prompts/renamed-flow");
        assertThat(page.locator("#versions-grid")).containsText("v3");
        assertThat(page.locator("#versions-grid")).containsText("v4");
        assertThat(page.locator(".prompt-key")).hasText("renamed-flow.prompty · 4 versions");
        workspace.delete("prompts/renamed-flow.prompty");
    }

    @Test
    void aBrokenSuiteIsReportedWithItsLineItsFixIsImportedAndAChangedTestFileMakesANewVersion() throws Exception {
        open("/suites");
        assertThat(page.locator("#suites-grid")).isVisible();
        // the list holds more suites than it shows: the new one is searched for
        page.locator("#suite-search input").fill("watched");

        // a suite broken at its end, line 4
        workspace.write("testcases/watched-suite.yaml",
                "description: Watched suite\nprompts: ['Say hi to {{ name }}']\nproviders: [[\n");
        assertThat(page.locator("#import-problems")).containsText("testcases/watched-suite.yaml:4");

        // fixed, with its tests in a file of a new sub-folder: it is imported and listed, and its problem is gone
        workspace.write("testcases/watched/cases.csv", "name\nAda\n");
        workspace.write("testcases/watched-suite.yaml", "description: Watched suite\nprompts: ['Say hi to {{ name }}']\n"
                + "providers: [echo]\ntests: file://watched/cases.csv\n");
        assertThat(page.locator("#suites-grid")).containsText("Watched suite");
        assertThat(page.locator("#import-problems")).not().containsText("watched-suite.yaml");
        org.assertj.core.api.Assertions.assertThat(suiteVersion()).isEqualTo(1);

        // when: the test file in the sub-folder changes
        workspace.write("testcases/watched/cases.csv", "name\nAda\nBob\n");

        // then: the suite has a new version with both tests
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (suiteVersion() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        org.assertj.core.api.Assertions.assertThat(runs.suite("watched-suite")).hasValueSatisfying(suite -> {
            org.assertj.core.api.Assertions.assertThat(suite.number()).isEqualTo(2);
            org.assertj.core.api.Assertions.assertThat(suite.tests()).hasSize(2);
        });
        workspace.delete("testcases/watched-suite.yaml").delete("testcases/watched/cases.csv");
    }

    private int suiteVersion() {
        return runs.suite("watched-suite").map(SuiteVersion::number).orElse(0);
    }
}
