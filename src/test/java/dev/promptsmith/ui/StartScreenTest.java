package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.ModelTargetStore;
import dev.promptsmith.prompt.PromptCatalog;
import dev.promptsmith.run.RunService;
import dev.promptsmith.support.BrowserTest;
import dev.promptsmith.support.StoredRuns;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class StartScreenTest extends BrowserTest {

    @Autowired
    private ModelTargetStore models;
    @Autowired
    private PromptCatalog prompts;
    @Autowired
    private RunService runs;
    @Autowired
    private ApplicationContext context;

    @Test
    void theStartPageComesFirstAndShowsHowFarEachFirstStepIs() {
        // given
        int promptCount = prompts.count("");
        int suiteCount = runs.suites().size();
        int runCount = runs.count(null);

        // when
        open("/start");

        // then
        assertThat(page.locator("#main-nav vaadin-side-nav-item").first()).containsText("Start");
        assertThat(page.locator("#start-prompts .step-state")).hasText(promptCount + " prompts in prompts/");
        assertThat(page.locator("#start-suites .step-state"))
                .hasText(suiteCount + " suites in testcases/, " + runCount + (runCount == 1 ? " run" : " runs")
                        + " so far");
        assertThat(page.locator("#start-prompts")).hasClass(Pattern.compile("(^|.* )done( .*|$)"));
        screenshot("start");

        // when
        page.locator("#start-prompts a").click();

        // then
        assertThat(page).hasURL(Pattern.compile(".*/playground$"));
    }

    @Test
    void withoutAModelTheFirstStepIsToDoAndTheModelsScreenSaysWhatToDo() {
        // given: no model saved (the ones other tests saved are put back at the end)
        List<ModelTarget> saved = models.all();
        saved.forEach(target -> models.delete(target.id()));
        try {
            open("/start");
            assertThat(page.locator("#start-models .step-state")).containsText("0 models saved");
            assertThat(page.locator("#start-models")).hasClass(Pattern.compile("(^|.* )to-do( .*|$)"));
            page.locator("#start-models a").click();
            assertThat(page).hasURL(Pattern.compile(".*/models$"));
            assertThat(page.locator("#models-none")).containsText("No model of your own yet");

            // when
            screens().addModel("First model", "first-model", simulator().openAiBaseUrl(), null);

            // then
            assertThat(page.locator("#models-none")).isHidden();
            open("/start");
            assertThat(page.locator("#start-models .step-state")).containsText("1 model saved");
            assertThat(page.locator("#start-models")).hasClass(Pattern.compile("(^|.* )done( .*|$)"));
        } finally {
            models.all().forEach(target -> models.delete(target.id()));
            saved.forEach(target -> models.save(new ModelTarget(null, target.name(), target.kind(),
                    target.modelName(), target.baseUrl(), target.apiKeyEnvar(), target.parameters())));
        }
    }

    @Test
    void theRunsOfASuiteNeverRunSayHowToStartOne() {
        new StoredRuns(context).suite("never-run", 1);

        open("/runs?suite=never-run");

        assertThat(page.locator("#runs-grid")).containsText("No runs yet: open a suite on the Suites screen");
        assertThat(page.locator("#runs-grid vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(Pattern.compile("^#\\d+$")))).hasCount(0);
    }
}
