package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.ModelTargetStore;
import dev.promptsmith.model.ProviderKind;
import dev.promptsmith.prompt.PromptStore;
import dev.promptsmith.run.RunService;
import dev.promptsmith.run.RunSettings;
import dev.promptsmith.run.store.RunStatus;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.suite.SuiteDocument;
import dev.promptsmith.suite.SuiteParser;
import dev.promptsmith.suite.SuitePrompt;
import dev.promptsmith.suite.SuiteStore;
import dev.promptsmith.suite.SuiteVersion;
import dev.promptsmith.support.BrowserTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A run's page and the compare page name prompts as the suite does (their labels, not the keys they are stored
 * under), and a cell whose test transforms the answer shows the transformed output with the model's answer.
 */
class RunPromptLabelsScreenTest extends BrowserTest {

    private static final String SUITE = "labelled-prompts";

    @Autowired
    private RunService runs;
    @Autowired
    private ModelTargetStore targets;
    @Autowired
    private PromptStore prompts;
    @Autowired
    private SuiteStore suites;
    @Autowired
    private TransactionTemplate transactions;

    @Test
    void theMatrixStatsAndComparisonShowPromptLabelsAndACellShowsItsOutputWithTheModelsAnswer() throws Exception {
        // given: two labelled inline prompts (stored as labelled-prompts-1 and -2) whose test shouts the answer
        simulator().replyFor("gpt-4o-mini-labels", Reply.fromPrompt(prompt -> "You said: " + prompt));
        SuiteVersion suite = store("""
                prompts:
                  - {raw: 'Greet {{ person }} warmly', label: Warm welcome}
                  - {raw: 'Greet {{ person }} briefly', label: Short hello}
                tests:
                  - description: shouts the greeting
                    vars: {person: Ada}
                    options: {transform: output.toUpperCase()}
                    assert:
                      - type: contains
                        value: ADA
                """);
        ModelTarget model = model();

        // when: it runs twice, and the first run's page is opened
        long first = finishedRun(suite, model);
        long second = finishedRun(suite, model);
        open("/runs/" + first);

        // then: rows and statistics name the prompts by label
        Locator matrix = page.locator("#run-matrix vaadin-grid-cell-content");
        assertThat(matrix.filter(new Locator.FilterOptions().setHasText("Warm welcome")).first()).isVisible();
        assertThat(matrix.filter(new Locator.FilterOptions().setHasText("Short hello")).first()).isVisible();
        assertThat(matrix.filter(new Locator.FilterOptions().setHasText(SUITE + "-1"))).hasCount(0);
        Locator stats = page.locator("#run-model-stats vaadin-grid-cell-content");
        assertThat(stats.filter(new Locator.FilterOptions().setHasText("Warm welcome"))).hasCount(1);
        assertThat(stats.filter(new Locator.FilterOptions().setHasText(SUITE + "-2"))).hasCount(0);

        // and a cell shows the transformed output, then what the model sent
        page.locator("#run-matrix .matrix-cell[data-model='Labels sim'][data-case='1']").first().click();
        Locator dialog = page.locator("#cell-dialog");
        assertThat(dialog.locator(".repeat-head")).containsText("PASS");
        assertThat(dialog.locator(".repeat-output")).hasText(Pattern.compile("YOU SAID: GREET ADA (WARMLY|BRIEFLY)"));
        assertThat(dialog.locator(".repeat-caption").last()).hasText("Model's answer");
        assertThat(dialog.locator(".repeat-answer")).hasText(Pattern.compile("You said: Greet Ada (warmly|briefly)"));
        screenshot("run-prompt-labels");
        page.locator("#cell-dialog-close").click();

        // and the comparison of the two runs names each case's prompt by label
        open("/compare?base=" + first + "&run=" + second);
        Locator cases = page.locator("#compare-cases vaadin-grid-cell-content");
        assertThat(cases.filter(new Locator.FilterOptions().setHasText("shouts the greeting (Warm welcome)")))
                .hasCount(1);
        assertThat(cases.filter(new Locator.FilterOptions().setHasText("shouts the greeting (Short hello)")))
                .hasCount(1);
    }

    /** Stores the suite and its prompts as the start-up import does. */
    private SuiteVersion store(String yaml) throws Exception {
        SuiteDocument document = new SuiteParser().parse("testcases/" + SUITE + ".yaml", SUITE, yaml);
        transactions.executeWithoutResult(status -> {
            List<Long> ids = new ArrayList<>();
            for (SuitePrompt prompt : document.prompts()) {
                prompts.record(prompt.document(), prompt.path(), "labels test");
                ids.add(prompts.summary(prompt.key()).orElseThrow().id());
            }
            suites.record(document, "testcases/" + SUITE + ".yaml", ids);
        });
        return suites.latest(SUITE).orElseThrow();
    }

    private ModelTarget model() {
        return targets.all().stream().filter(target -> target.name().equals("Labels sim")).findFirst()
                .orElseGet(() -> targets.save(new ModelTarget(null, "Labels sim", ProviderKind.OPENAI,
                        "gpt-4o-mini-labels", simulator().openAiBaseUrl(), null, Map.of())));
    }

    private long finishedRun(SuiteVersion suite, ModelTarget model) {
        long id = runs.start(suite, List.of(model), RunSettings.defaults().withCache(false));
        Instant deadline = Instant.now().plusSeconds(60);
        while (runs.summary(id).orElseThrow().running() || runs.live(id).isPresent()) {
            assertThat(Instant.now()).isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(runs.summary(id).orElseThrow().status()).isEqualTo(RunStatus.FINISHED);
        return id;
    }
}
