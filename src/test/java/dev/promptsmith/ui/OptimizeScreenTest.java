package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.promptsmith.simulator.LearningModel;
import dev.promptsmith.simulator.LearningTask;
import dev.promptsmith.support.BrowserTest;
import dev.promptsmith.shared.Json;
import dev.promptsmith.simulator.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** A prompt generated from a task, optimized in the browser against its suite, watched to its end, its winner accepted. */
class OptimizeScreenTest extends BrowserTest {

    @Test
    void aGeneratedPromptIsOptimizedFromTheFormToItsBudgetAndItsWinnerIsAcceptedAsANewVersion() {
        // given: the scripted triage task (a start prompt that states none of its three hidden rules) served by the
        // simulator's learning model, which answers as the task's model and as the optimizer's proposer; asked by the
        // generator, it drafts the task's start prompt and its twelve cases
        LearningTask task = LearningTask.triage();
        Reply learner = new LearningModel(List.of(task), 0, 11).reply();
        simulator().replyFor("gpt-4o-mini-learning", Reply.fromRequest(request -> {
            String asked = request.userText();
            return asked.contains("Draft it.") ? Reply.json(draftedPrompt(task))
                    : asked.contains("Its variables (give every one")
                    ? Reply.json(draftedCases(task)) : learner;
        }));
        screens().addModel("Learner", "gpt-4o-mini-learning", simulator().openAiBaseUrl(), null);

        // when: the task is described on the Generate screen, and the draft is kept
        open("/generate");
        page.locator("#generate-task textarea").fill("Triage support tickets: category, priority, no apologies.");
        page.locator("#generate-model input").fill("Learner");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Learner")).first().click();
        page.locator("#generate-name input").fill("opt-triage");
        page.locator("#generate-run").click();
        assertThat(page.locator("#generated-cases")).containsText("triage case 11",
                new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(page.locator("#generate-problems li")).hasCount(0);
        page.locator("#generate-keep").click();
        page.waitForURL(Pattern.compile(".*/prompts/opt-triage$"),
                new com.microsoft.playwright.Page.WaitForURLOptions().setTimeout(90_000));
        openOnceImported("/suites/opt-triage", "#suite-title");

        // when: the suite page's link opens the form with both chosen, and it starts with a budget of 120 calls
        page.locator("#suite-prompts .suite-optimize[data-prompt='opt-triage']").click();
        assertThat(page).hasURL(Pattern.compile(".*/optimize\\?prompt=opt-triage&suite=opt-triage$"));
        assertThat(page.locator("#optimize-suite input")).hasValue("opt-triage");
        assertThat(page.locator("#optimize-prompt input")).hasValue("opt-triage");
        new OptimizePage(page).start("Learner", 120, "12 cases: 8 for training, 4 held out for validation");

        // then: its page follows it to the end of its budget
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

    /** The generator's answer for the task's start prompt: only its marker, no rule. */
    private static String draftedPrompt(LearningTask task) {
        Map<String, Object> prompt = new LinkedHashMap<>();
        prompt.put("title", "Ticket triage");
        prompt.put("description", "Triages support tickets.");
        prompt.put("system", task.marker());
        prompt.put("user", "{{ " + task.variable() + " }}");
        prompt.put("temperature", 0);
        prompt.put("max_tokens", 200);
        prompt.put("response_format", "text");
        prompt.put("json_schema", null);
        prompt.put("sample", Map.of(task.variable(), task.input(0)));
        return Json.write(prompt);
    }

    /** The generator's answer for the cases: the task's own, each with the checks of the rules it depends on. */
    private static String draftedCases(LearningTask task) {
        YAMLMapper yaml = YAMLMapper.builder().build();
        List<Map<String, Object>> cases = new ArrayList<>();
        for (int i = 0; i < task.cases(); i++) {
            List<Object> checks = new ArrayList<>();
            for (int r = 0; r < task.rules().size(); r++) {
                if (task.dependsOn(i, r)) {
                    checks.add(yaml.readValue(task.rules().get(r).check(), Map.class));
                }
            }
            if (checks.isEmpty()) {
                checks.add(Map.of("type", "icontains", "value", "answer for"));
            }
            Map<String, Object> testCase = new LinkedHashMap<>();
            testCase.put("description", task.name() + " case " + i);
            testCase.put("kind", "typical");
            testCase.put("vars", Map.of(task.variable(), task.input(i)));
            testCase.put("assert", checks);
            cases.add(testCase);
        }
        return Json.write(Map.of("cases", cases));
    }
}
