package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;
import dev.promptsmith.exchange.WorkspaceImporter;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.BrowserTest;
import dev.promptsmith.support.Workspace;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlaygroundScreenTest extends BrowserTest {

    @Autowired
    private WorkspaceImporter importer;

    @Test
    void runsAPromptOnSeveralModelsSideBySide() {
        // given: three models at the simulator, added on the Models screen; the fast one streams for about 4 s, long
        // enough to be seen streaming on a busy machine
        simulator().replyFor("fast-model", Reply.text("{\"category\": \"billing\", \"priority\": \"medium\", "
                + "\"summary\": \"Customer reports a duplicate charge.\"}").tokenDelay(Duration.ofMillis(400)));
        simulator().replyFor("long-model", Reply.text("{\"category\": \"billing\", \"priority\": \"medium\", "
                + "\"summary\": \"Customer was charged twice\"}"));
        simulator().replyFor("down-model", Reply.error(500, "model overloaded"));
        addModel("Sim fast", "fast-model", null);
        addModel("Sim limited", "long-model", 3);
        addModel("Sim down", "down-model", null);

        // when
        open("/playground?prompt=ticket-classification");
        assertThat(page.locator("#var-subject textarea")).hasValue("Charged twice for our May invoice");
        chooseModels("Sim fast", "Sim limited", "Sim down");
        page.locator("#var-subject textarea").focus();
        page.keyboard().press("Control+Enter"); // runs, as the Run button does

        // then: the fast one streams in, token by token
        Locator fast = page.locator(".answer[data-model='Sim fast']");
        assertThat(fast.locator(".streaming")).containsText("category");
        assertThat(fast.locator(".answer-stats")).containsText("streaming");
        assertThat(fast.locator(".answer-stats")).containsText("finish: stop");
        assertThat(fast.locator(".answer-json")).containsText("\"priority\": \"medium\"");
        assertThat(fast.locator(".answer-stats")).containsText("first token:");

        // the cut-off one is flagged, the failing one says why
        Locator limited = page.locator(".answer[data-model='Sim limited']");
        assertThat(limited.locator(".truncated-flag")).containsText("TRUNCATED");
        assertThat(limited.locator(".answer-stats")).containsText("finish: length");
        Locator down = page.locator(".answer[data-model='Sim down'] .answer-error");
        assertThat(down).containsText("server error");
        assertThat(down).containsText("model overloaded");
        screenshot("playground");

        // and the raw exchange can be opened
        fast.locator(".raw-button").click();
        assertThat(page.locator("#raw-request")).containsText("fast-model");
        assertThat(page.locator("#raw-response")).containsText("HTTP 200");
    }

    @Test
    void sixAnswersWrapIntoRowsOnTheScreenAndThePickerNamesEveryChosenModel() {
        // given: six models
        simulator().replyFor("wide-model", Reply.text("{\"category\": \"billing\"}"));
        List<String> names = List.of("Sim one", "Sim two", "Sim three", "Sim four", "Sim five", "Sim six");
        names.forEach(name -> addModel(name, "wide-model", null));
        open("/playground?prompt=ticket-classification");

        // when
        chooseModels(names.toArray(String[]::new));
        page.locator("#run").click();

        // then: the picker shows each chosen model's name, no "+N" chip standing for some of them
        Locator picker = page.locator("#playground-models");
        assertThat(picker.locator("vaadin-multi-select-combo-box-chip[slot='overflow']")).isHidden();
        assertThat(picker.locator("vaadin-multi-select-combo-box-chip:not([slot='overflow'])")
                .evaluateAll("chips => chips.filter(c => c.offsetParent !== null).map(c => c.label)"))
                .isEqualTo(names);
        // every answer lies within the screen's width, the last ones on a row of their own
        for (String name : names) {
            assertThat(page.locator(".answer[data-model='" + name + "'] .answer-stats")).containsText("finish: stop");
        }
        Locator answers = page.locator(".answer");
        assertThat(answers).hasCount(6);
        int width = page.viewportSize().width;
        List<BoundingBox> boxes = answers.all().stream().map(Locator::boundingBox).toList();
        assertThat(boxes).allSatisfy(box -> assertThat(box.x + box.width).isLessThanOrEqualTo(width));
        assertThat(boxes.getLast().y).isGreaterThan(boxes.getFirst().y + boxes.getFirst().height);
        assertThat(page.locator("#answers").evaluate("a => a.scrollWidth <= a.clientWidth")).isEqualTo(true);
        screenshot("playground-six-models");
    }

    @Test
    void theRenderedMessagesCanBeEditedForTheNextRunsAndResetToThePrompt() {
        // given
        simulator().replyFor("edit-model", Reply.text("{\"category\": \"billing\"}"));
        addModel("Sim edit", "edit-model", null);
        open("/playground?prompt=ticket-classification");
        chooseModels("Sim edit");

        // when: the messages are opened, the system message and the user message are changed
        page.getByText("Edit messages").click();
        Locator system = page.locator(".message-field[data-role='system'] textarea");
        Locator user = page.locator(".message-field[data-role='user'] textarea");
        assertThat(system).hasValue(java.util.regex.Pattern.compile("You triage customer support tickets"));
        assertThat(user).hasValue(java.util.regex.Pattern.compile("Charged twice for our May invoice"));
        system.fill("Answer in one word.");
        user.fill("Is a pineapple a berry?");
        page.locator("#messages-note").click();
        assertThat(page.locator("#messages-note")).containsText("Edited");
        page.locator("#run").click();

        // then: the run sent the edited messages
        assertThat(page.locator(".answer[data-model='Sim edit'] .answer-stats")).containsText("finish: stop");
        String edited = simulator().requests().getLast().body();
        assertThat(edited).contains("Answer in one word.").contains("Is a pineapple a berry?")
                .doesNotContain("Charged twice");

        // and after a reset the prompt's own messages are sent again
        page.locator("#reset-messages").click();
        assertThat(user).hasValue(java.util.regex.Pattern.compile("Charged twice for our May invoice"));
        assertThat(page.locator("#messages-note")).not().containsText("Edited");
        simulator().replyFor("edit-model", Reply.text("{\"category\": \"bug\"}"));
        page.locator("#run").click();
        assertThat(page.locator(".answer[data-model='Sim edit'] .answer-json")).containsText("bug");
        assertThat(simulator().requests().getLast().body()).contains("Charged twice")
                .contains("You triage customer support tickets").doesNotContain("pineapple");
    }

    @Test
    void twoVersionsOnThreeModelsWithAnEditedSystemMessageAnswerInAGridWithTheirChecks() throws IOException {
        // given: a prompt with two versions, a test case of it with two checks, and three models
        simulator().replyFor("grid-a", Reply.text("answer a"));
        simulator().replyFor("grid-b", Reply.text("answer b"));
        simulator().replyFor("grid-c", Reply.text("wrong c"));
        addModel("Sim grid a", "grid-a", null);
        addModel("Sim grid b", "grid-b", null);
        addModel("Sim grid c", "grid-c", null);
        Workspace workspace = new Workspace(workspaceRoot());
        workspace.write("prompts/grid-demo.prompty", "---\nname: Grid demo\n---\nsystem:\nYou answer questions.\n\n"
                + "user:\nTell me about {{ question }}\n");
        importer.importWorkspace(workspaceRoot());
        workspace.write("prompts/grid-demo.prompty", "---\nname: Grid demo\n---\nsystem:\nYou answer questions.\n\n"
                + "user:\nTell me about {{ question }} briefly\n");
        workspace.write("testcases/grid-demo.yaml", """
                prompts:
                  - file://prompts/grid-demo.prompty
                tests:
                  - description: owls
                    vars:
                      question: owls
                    assert:
                      - type: icontains
                        value: answer
                      - type: not-contains
                        value: wrong
                """);
        importer.importWorkspace(workspaceRoot());
        open("/playground?prompt=grid-demo");
        page.locator("#playground-case input").click();
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("owls")).click();
        assertThat(page.locator("#var-question textarea")).hasValue("owls");

        // when: v2, with its system message changed for this run only, runs side by side with v1 on three models
        page.getByText("Edit messages").click();
        page.locator(".message-field[data-role='system'] textarea").fill("Answer like a pirate.");
        page.locator("#messages-note").click();
        screens().chooseModelsIn("playground-compare", "v1");
        chooseModels("Sim grid a", "Sim grid b", "Sim grid c");
        page.locator("#run").click();

        // then: a row per version, each with an answer per model and that answer's checks
        Locator rows = page.locator(".answer-row");
        assertThat(rows).hasCount(2);
        assertThat(rows.locator(".answer-row-label")).hasText(new String[] {"v2 (edited messages)", "v1"});
        for (Locator row : rows.all()) {
            assertThat(row.locator(".answer[data-model='Sim grid a'] .answer-final")).hasText("answer a");
            assertThat(row.locator(".answer[data-model='Sim grid b'] .answer-final")).hasText("answer b");
            assertThat(row.locator(".answer[data-model='Sim grid c'] .answer-final")).hasText("wrong c");
            assertThat(row.locator(".answer[data-model='Sim grid a'] .case-verdict")).containsText("PASS");
            assertThat(row.locator(".answer[data-model='Sim grid b'] .case-verdict")).containsText("PASS");
            Locator failing = row.locator(".answer[data-model='Sim grid c']");
            assertThat(failing.locator(".case-verdict")).containsText("FAIL");
            assertThat(failing.locator(".check-result.fail")).hasCount(2);
        }
        // the edited system message went only with v2, v1 kept its own
        List<String> sent = simulator().requests().stream().map(r -> r.body())
                .filter(body -> body.contains("Tell me about owls")).toList();
        assertThat(sent).hasSize(6);
        assertThat(sent.stream().filter(body -> body.contains("briefly") && body.contains("like a pirate"))).hasSize(3);
        assertThat(sent.stream().filter(body -> !body.contains("briefly") && body.contains("You answer questions")))
                .hasSize(3);
        workspace.delete("testcases/grid-demo.yaml");
    }

    @Test
    void aModelOutputCannotRunScriptInThePage() {
        simulator().replyFor("xss-model", Reply.text("**bold** <img src=x onerror=\"window.pwned=1\">"
                + "<script>window.pwned=2</script> [link](javascript:window.pwned=3)"));
        addModel("Sim xss", "xss-model", null);

        open("/playground?prompt=ticket-classification");
        chooseModels("Sim xss");
        page.locator("#run").click();
        Locator answer = page.locator(".answer[data-model='Sim xss']");
        assertThat(answer.locator(".answer-stats")).containsText("finish: stop");
        answer.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Markdown")).click();

        assertThat(answer.locator(".answer-markdown strong")).hasText("bold");
        page.waitForTimeout(300);
        assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
        assertThat(answer.locator(".answer-markdown script")).hasCount(0);
        assertThat(answer.locator(".answer-markdown [onerror]")).hasCount(0);
    }

    @Test
    void stopCancelsTheCalls() {
        simulator().replyFor("slow-model", Reply.text("a b c d e f g h i j k l m n o p q r s t")
                .tokenDelay(Duration.ofMillis(300)));
        addModel("Sim slow", "slow-model", null);

        open("/playground?prompt=ticket-classification");
        chooseModels("Sim slow");
        page.locator("#run").click();
        Locator answer = page.locator(".answer[data-model='Sim slow']");
        assertThat(answer.locator(".streaming")).containsText("a b");
        page.locator("#stop").click();

        assertThat(answer.locator(".answer-error")).containsText("cancelled");
        assertThat(page.locator("#run")).isEnabled();
    }

    @Test
    void closingThePageStopsItsStreams() throws InterruptedException {
        // given: a model that streams a word every 200 ms for a minute
        simulator().replyFor("endless-model", Reply.text("word ".repeat(300)).tokenDelay(Duration.ofMillis(200)));
        addModel("Sim endless", "endless-model", null);
        open("/playground?prompt=ticket-classification");
        chooseModels("Sim endless");
        page.locator("#run").click();
        assertThat(page.locator(".answer[data-model='Sim endless'] .streaming")).containsText("word word");
        int abandonedBefore = simulator().abandonedStreams();

        // when: the tab is closed
        page.close(new Page.CloseOptions().setRunBeforeUnload(true));
        long closed = System.nanoTime();

        // then: the simulator sees its connection closed within a few seconds
        awaitAbandoned(abandonedBefore);
        assertThat(simulator().abandonedStreams()).isEqualTo(abandonedBefore + 1);
        assertThat(Duration.ofNanos(System.nanoTime() - closed)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aStreamThatDoesNotEndIsStoppedAtTheTimeOut() throws InterruptedException {
        // given: a stream that would take a minute, and a stream time-out of 8 s (AppTest)
        simulator().replyFor("stalling-model", Reply.text("word ".repeat(300)).tokenDelay(Duration.ofMillis(200)));
        addModel("Sim stalling", "stalling-model", null);
        open("/playground?prompt=ticket-classification");
        chooseModels("Sim stalling");
        int abandonedBefore = simulator().abandonedStreams();

        // when
        page.locator("#run").click();

        // then
        Locator answer = page.locator(".answer[data-model='Sim stalling']");
        assertThat(answer.locator(".answer-error")).containsText("no complete answer within 8 s; the stream was "
                + "stopped (promptsmith.playground.stream-timeout)", new LocatorAssertions.ContainsTextOptions()
                .setTimeout(30_000));
        assertThat(page.locator("#run")).isEnabled();
        awaitAbandoned(abandonedBefore);
        assertThat(simulator().abandonedStreams()).isGreaterThan(abandonedBefore);
    }

    /** Waits (at most 20 s) until the simulator has seen one more stream closed by its client. */
    private static void awaitAbandoned(int before) throws InterruptedException {
        long start = System.nanoTime();
        while (simulator().abandonedStreams() == before && System.nanoTime() - start < Duration.ofSeconds(20).toNanos()) {
            Thread.sleep(50);
        }
    }

    private void addModel(String name, String model, Integer maxTokens) {
        screens().addModel(name, model, simulator().openAiBaseUrl(), maxTokens);
    }

    private void chooseModels(String... names) {
        screens().chooseModels(names);
    }
}
