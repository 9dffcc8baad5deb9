package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.BrowserTest;
import dev.promptsmith.support.Workspace;
import java.io.IOException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A suite run over several models from its page reads as a choice: the cheapest model that is not worse. */
class ModelSweepScreenTest extends BrowserTest {

    private final Workspace workspace = new Workspace(workspaceRoot());

    @Test
    void aSuiteComparedOverThreeModelsRecommendsTheCheapestThatIsNotSignificantlyWorse() throws IOException {
        // given: a suite of 8 cases that pass when the answer says "ok"; three priced models at the simulator,
        // the dearest and the middle one right, the cheapest wrong
        workspace.write("prompts/sweep-echo.prompty", "---\nname: Sweep echo\n---\nuser:\nSay ok about {{ topic }}.\n");
        StringBuilder suite = new StringBuilder("description: Sweep demo\nprompts:\n  - file://prompts/sweep-echo.prompty\n"
                + "defaultTest:\n  assert:\n    - type: icontains\n      value: ok\ntests:\n");
        for (int i = 1; i <= 8; i++) {
            suite.append("  - description: topic ").append(i).append("\n    vars:\n      topic: t").append(i).append('\n');
        }
        workspace.write("testcases/sweep-demo.yaml", suite.toString());
        simulator().replyFor("gpt-4o-sweep", Reply.text("ok, done").usage(1000, 100));
        simulator().replyFor("gpt-4o-mini-sweep", Reply.text("ok, done").usage(1000, 100));
        simulator().replyFor("gpt-4.1-nano-sweep", Reply.text("no").usage(1000, 100));
        screens().addModel("Sweep big", "gpt-4o-sweep", simulator().openAiBaseUrl(), null);
        screens().addModel("Sweep mid", "gpt-4o-mini-sweep", simulator().openAiBaseUrl(), null);
        screens().addModel("Sweep tiny", "gpt-4.1-nano-sweep", simulator().openAiBaseUrl(), null);

        // when: the three are compared from the suite's page
        openOnceImported("/suites/sweep-demo", "#suite-title");
        screens().chooseModelsIn("run-models", "Sweep big (saved)");
        assertThat(page.locator("#run-sweep")).isDisabled();
        screens().chooseModelsIn("run-models", "Sweep mid (saved)", "Sweep tiny (saved)");
        page.locator("#run-sweep").click();

        // then: the sweep page follows the run and recommends the middle one, the cheap one being far worse
        assertThat(page).hasURL(Pattern.compile(".*/runs/\\d+/sweep$"));
        assertThat(page.locator("#sweep-status")).hasText("finished");
        Locator recommendation = page.locator("#sweep-recommendation");
        assertThat(recommendation).hasAttribute("data-model", "Sweep mid");
        assertThat(recommendation).containsText("Recommended: Sweep mid. Sweep mid has the best pass rate, 100.0% (8/8)");
        assertThat(recommendation).containsText("every cheaper model is significantly worse");
        Locator grid = page.locator("#sweep-grid");
        assertThat(grid).containsText("0.0% (0/8)");
        assertThat(grid).containsText("worse (p < 0.001)");
        assertThat(page.locator("#sweep-chart circle.point.recommended")).hasAttribute("data-model", "Sweep mid");
        screenshot("sweep");

        // and the run's own page links to the sweep, as it does for a run from the command line
        page.locator("#sweep-run-link").click();
        assertThat(page.locator("#run-sweep-link")).isVisible();
        page.locator("#run-sweep-link").click();
        assertThat(page.locator("#sweep-recommendation")).hasAttribute("data-model", "Sweep mid");
    }
}
