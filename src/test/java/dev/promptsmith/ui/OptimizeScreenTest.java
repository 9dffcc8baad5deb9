package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.BrowserTest;
import dev.promptsmith.support.Workspace;
import java.io.IOException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A prompt optimized in the browser against its suite, watched to its end, its winner accepted. */
class OptimizeScreenTest extends BrowserTest {

    private final Workspace workspace = new Workspace(workspaceRoot());

    @Test
    void anOptimizationStartsFromTheFormRunsToItsBudgetAndItsWinnerIsAcceptedAsANewVersion() throws IOException {
        // given: a suite of 10 cases that pass when the answer says DONE; a target model that says DONE only when
        // the prompt asks for it, and a proposer that always suggests asking for it
        workspace.write("prompts/opt-echo.prompty", "---\nname: Opt echo\n---\nuser:\nTell me about {{ topic }}.\n");
        StringBuilder suite = new StringBuilder("description: Optimize demo\nprompts:\n  - file://prompts/opt-echo.prompty\n"
                + "defaultTest:\n  assert:\n    - type: contains\n      value: DONE\ntests:\n");
        for (int i = 1; i <= 10; i++) {
            suite.append("  - description: topic ").append(i).append("\n    vars:\n      topic: t").append(i).append('\n');
        }
        workspace.write("testcases/opt-demo.yaml", suite.toString());
        simulator().replyFor("gpt-4o-mini-learner", Reply.fromPrompt(text -> text.contains("say DONE") ? "DONE" : "nope"));
        simulator().replyFor("gpt-4o-mini-proposer", Reply.json("{\"prompt\": \"user:\\nTell me about {{ topic }}, "
                + "then say DONE.\", \"rationale\": \"The checks look for DONE; the prompt now asks for it.\"}"));
        screens().addModel("Learner", "gpt-4o-mini-learner", simulator().openAiBaseUrl(), null);
        screens().addModel("Proposer", "gpt-4o-mini-proposer", simulator().openAiBaseUrl(), null);
        openOnceImported("/suites/opt-demo");

        // when: the suite page's link opens the form with both chosen, and it starts with a budget of 40 calls
        page.locator("#suite-prompts .suite-optimize[data-prompt='opt-echo']").click();
        assertThat(page).hasURL(Pattern.compile(".*/optimize\\?prompt=opt-echo&suite=opt-demo$"));
        assertThat(page.locator("#optimize-suite input")).hasValue("opt-demo");
        assertThat(page.locator("#optimize-prompt input")).hasValue("opt-echo");
        chooseIn("optimize-targets", "vaadin-multi-select-combo-box-item", "Learner (saved)");
        page.keyboard().press("Escape");
        chooseIn("optimize-proposer", "vaadin-combo-box-item", "Proposer (saved)");
        page.locator("#optimize-budget-calls input").fill("40");
        page.locator("#optimize-budget-calls input").press("Tab");
        assertThat(page.locator("#optimize-split")).containsText("10 cases: 7 for training, 3 held out for validation");
        page.locator("#optimize-start").click();

        // then: its page follows it to the end of its budget
        assertThat(page).hasURL(Pattern.compile(".*/optimizations/\\d+$"));
        assertThat(page.locator("#optimization-status")).hasAttribute("data-status", "finished",
                new LocatorAssertions.HasAttributeOptions().setTimeout(90_000));
        assertThat(page.locator("#optimization-progress")).containsText("/40 calls");
        assertThat(page.locator("#optimization-chart circle.point.validation").first()).isAttached();
        assertThat(page.locator("#optimization-chart circle.point.validation").last())
                .hasAttribute("data-score", "100.0");
        assertThat(page.locator("#optimization-gain")).containsText("the start 0.0% (0/3), the best 100.0% (3/3)");
        assertThat(page.locator("#optimization-gain")).containsText("could be chance");
        assertThat(page.locator("#optimization-flips .flip[data-flip='fixed']")).hasCount(3);
        assertThat(page.locator("#optimization-candidates")).containsText("The checks look for DONE");
        assertThat(page.locator("#optimization-diff")).containsText("then say DONE");
        screenshot("optimization");

        // when: the winner is accepted
        page.locator("#optimization-accept").click();

        // then: it is the prompt's newest version, labelled validated
        Locator link = page.locator("#optimization-accepted-link");
        // version numbers count the candidates too, so the accepted one's number is read from the link
        assertThat(link).containsText(Pattern.compile("^opt-echo v\\d+$"));
        String number = link.textContent().replace("opt-echo ", "");
        assertThat(page.locator("#optimization-accepted")).containsText("labelled validated");
        link.click();
        assertThat(page).hasURL(Pattern.compile(".*/prompts/opt-echo$"));
        assertThat(page.locator("#versions-grid")).containsText(number);
        assertThat(page.locator("#versions-grid")).containsText("validated");
        open("/optimizations");
        assertThat(page.locator("#optimizations-grid")).containsText("opt-echo");
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
