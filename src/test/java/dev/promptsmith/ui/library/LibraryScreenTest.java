package dev.promptsmith.ui.library;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.BrowserTest;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LibraryScreenTest extends BrowserTest {

    /** The exact completion the first case of complete-truncated-json expects, and wrong for every other case. */
    private static final String FIRST_CASE_ANSWER = "{\"id\": 42, \"name\": \"Ada Love\"}";

    @Test
    void theLibraryListsItsTasksRunsOneAndCopiesAnotherToEdit() throws Exception {
        // given: a saved, priced model at the simulator
        simulator().replyFor("gpt-4o-mini-library", Reply.text(FIRST_CASE_ANSWER));
        screens().addModel("Library sim", "gpt-4o-mini-library", simulator().openAiBaseUrl(), null);
        LibraryPage library = new LibraryPage(page);

        // when
        open("/library");

        // then: the twelve tasks, each with its description and cases, none run yet
        assertThat(library.cards()).hasCount(12);
        assertThat(library.card("invoice-to-json")).containsText("Invoice to JSON");
        assertThat(library.card("regex-generation").locator(".library-description")).containsText("held-out");
        assertThat(library.card("complete-truncated-json").locator(".library-cases")).hasText("11 cases");
        assertThat(library.card("complete-truncated-json").locator(".library-not-run")).hasText("Not run yet");
        assertThat(page.locator(".library-missing")).hasCount(0);
        screenshot("library");

        // when: a task runs from its card, on the model chosen on its suite's page
        library.run("complete-truncated-json");
        assertThat(page).hasURL(Pattern.compile(".*/suites/complete-truncated-json$"));
        screens().chooseModelsIn("run-models", "Library sim (saved)");
        page.locator("#run-suite").click();

        // then: its run finishes, the simulator's model passing the first case only
        assertThat(page).hasURL(Pattern.compile(".*/runs/\\d+$"));
        assertThat(page.locator("#run-header")).containsText("complete-truncated-json");
        assertThat(page.locator("#run-status")).hasText("finished", new LocatorAssertions.HasTextOptions()
                .setTimeout(60_000));
        open("/library");
        assertThat(library.card("complete-truncated-json").locator(".library-result[data-model='Library sim']"))
                .hasText("Library sim: 9% (1/11)");
        assertThat(library.card("complete-truncated-json").locator(".library-not-run")).hasCount(0);

        // when: Optimize is chosen
        library.optimize("sql-from-schema");

        // then: the optimizer opens with the task's prompt and suite chosen
        assertThat(page).hasURL(Pattern.compile(".*/optimize\\?(prompt=sql-from-schema&suite=sql-from-schema"
                + "|suite=sql-from-schema&prompt=sql-from-schema)$"));

        // when: another task is copied to edit (under a name that sorts after the lists other tests look at)
        open("/library");
        assertThat(page.locator("#library-title")).isVisible();
        library.copy("regex-generation", "zz-regex-copy");

        // then: the copy opens in the editor, and its own suite runs the copy with the same cases
        // copying imports the workspace again, which takes a while on a busy machine
        assertThat(page.locator("#new-prompt-error")).isEmpty();
        assertThat(page).hasURL(Pattern.compile(".*/prompts/zz-regex-copy/edit$"),
                new PageAssertions.HasURLOptions().setTimeout(60_000));
        assertThat(Files.readString(workspaceRoot().resolve("testcases/zz-regex-copy.yaml")))
                .contains("file://prompts/zz-regex-copy.prompty")
                .contains("held-out examples wrong");
        open("/suites/zz-regex-copy");
        assertThat(page.locator("#suite-prompts")).containsText("zz-regex-copy");
        assertThat(page.locator("h3").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Test cases"))).hasText("Test cases (10)");
    }
}
