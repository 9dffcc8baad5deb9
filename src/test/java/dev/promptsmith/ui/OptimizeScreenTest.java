package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.promptsmith.simulator.LearningModel;
import dev.promptsmith.simulator.LearningTask;
import dev.promptsmith.support.BrowserTest;
import dev.promptsmith.support.Workspace;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A prompt optimized in the browser against its suite, watched to its end, its winner accepted. */
class OptimizeScreenTest extends BrowserTest {

    private final Workspace workspace = new Workspace(workspaceRoot());

    @Test
    void anOptimizationStartsFromTheFormRunsToItsBudgetAndItsWinnerIsAcceptedAsANewVersion() throws IOException {
        // given: the scripted triage task (a start prompt that states none of its three hidden rules) served by the
        // simulator's learning model, which answers as the task's model and as the optimizer's proposer
        LearningTask task = LearningTask.triage();
        workspace.write("prompts/opt-triage.prompty", task.promptFile());
        workspace.write("testcases/opt-triage.yaml", task.suiteFile()
                .replace("file://prompts/triage.prompty", "file://prompts/opt-triage.prompty"));
        simulator().replyFor("gpt-4o-mini-learning", new LearningModel(List.of(task), 0, 11).reply());
        screens().addModel("Learner", "gpt-4o-mini-learning", simulator().openAiBaseUrl(), null);
        openOnceImported("/suites/opt-triage");

        // when: the suite page's link opens the form with both chosen, and it starts with a budget of 120 calls
        page.locator("#suite-prompts .suite-optimize[data-prompt='opt-triage']").click();
        assertThat(page).hasURL(Pattern.compile(".*/optimize\\?prompt=opt-triage&suite=opt-triage$"));
        assertThat(page.locator("#optimize-suite input")).hasValue("opt-triage");
        assertThat(page.locator("#optimize-prompt input")).hasValue("opt-triage");
        chooseIn("optimize-targets", "vaadin-multi-select-combo-box-item", "Learner (saved)");
        page.keyboard().press("Escape");
        chooseIn("optimize-proposer", "vaadin-combo-box-item", "Learner (saved)");
        page.locator("#optimize-budget-calls input").fill("120");
        page.locator("#optimize-budget-calls input").press("Tab");
        assertThat(page.locator("#optimize-split")).containsText("12 cases: 8 for training, 4 held out for validation");
        page.locator("#optimize-start").click();

        // then: its page follows it to the end of its budget
        assertThat(page).hasURL(Pattern.compile(".*/optimizations/\\d+$"));
        assertThat(page.locator("#optimization-status")).hasAttribute("data-status", "finished",
                new LocatorAssertions.HasAttributeOptions().setTimeout(150_000));
        assertThat(page.locator("#optimization-progress")).containsText("/120 calls");
        assertThat(page.locator("#optimization-chart circle.point.validation").nth(1)).isAttached();
        assertThat(page.locator("#optimization-gain")).containsText("Validation: the start");
        assertThat(page.locator("#optimization-flips .flip")).hasCount(4);
        assertThat(page.locator("#optimization-flips .flip[data-flip='fixed']").first()).isVisible();
        assertThat(page.locator("#optimization-candidates")).containsText("Reflect on failures");
        assertThat(page.locator("#optimization-diff")).not().containsText("No candidate has beaten the start");
        screenshot("optimization");

        // when: the winner is accepted
        page.locator("#optimization-accept").click();

        // then: it is the prompt's newest version, labelled validated
        Locator link = page.locator("#optimization-accepted-link");
        // version numbers count the candidates too, so the accepted one's number is read from the link
        assertThat(link).containsText(Pattern.compile("^opt-triage v\\d+$"));
        String number = link.textContent().replace("opt-triage ", "");
        assertThat(page.locator("#optimization-accepted")).containsText("labelled validated");
        link.click();
        assertThat(page).hasURL(Pattern.compile(".*/prompts/opt-triage$"));
        assertThat(page.locator("#versions-grid")).containsText(number);
        assertThat(page.locator("#versions-grid")).containsText("validated");
        open("/optimizations");
        assertThat(page.locator("#optimizations-grid")).containsText("opt-triage");
    }

    private void chooseIn(String id, String itemTag, String label) {
        Locator input = page.locator("#" + id + " input");
        input.click();
        input.fill(label.substring(0, 4));
        page.locator(itemTag).filter(new Locator.FilterOptions().setHasText(label)).first().click();
    }

    /** The workspace watcher imports written files a moment later. */
    private void openOnceImported(String path) {
        for (int attempt = 0; attempt < 40 && page.locator("#suite-title").count() == 0; attempt++) {
            open(path);
            page.locator("#suite-title, #suite-missing").first().waitFor();
            if (page.locator("#suite-title").count() == 0) {
                page.waitForTimeout(250);
            }
        }
        assertThat(page.locator("#suite-title")).isVisible();
    }
}
