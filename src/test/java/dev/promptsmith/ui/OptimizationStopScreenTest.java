package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.promptsmith.simulator.LearningModel;
import dev.promptsmith.simulator.LearningTask;
import dev.promptsmith.support.BrowserTest;
import dev.promptsmith.support.Workspace;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An optimization stopped from its page spends nothing more, and resumed it goes on to its end. */
class OptimizationStopScreenTest extends BrowserTest {

    private static final String MODEL = "gpt-4o-mini-learning-slow";
    private static final Pattern SPENT = Pattern.compile(" (\\d+)/120 calls");

    @Autowired
    private JdbcClient jdbc;

    @Test
    void stopFreezesItMidRunAndResumeFinishesItWithoutAskingAgainForACellAnsweredBeforeStop() {
        // given: the scripted triage task under a name of its own, its prompt and suite in the workspace; the
        // learning model answers as the task's model and as the proposer, each answer after 200 ms until Stop, so
        // that Stop lands while cells are being asked
        LearningTask triage = LearningTask.triage();
        LearningTask task = new LearningTask("stop-triage", triage.marker(), triage.variable(), triage.rules(),
                triage.cases());
        new Workspace(workspaceRoot()).write("prompts/stop-triage.prompty", task.promptFile())
                .write("testcases/stop-triage.yaml", task.suiteFile());
        LearningModel learner = new LearningModel(List.of(task), 0, 7);
        simulator().replyFor(MODEL, learner.reply().latency(Duration.ofMillis(200)));
        screens().addModel("Slow learner", MODEL, simulator().openAiBaseUrl(), null);
        openOnceImported("/suites/stop-triage", "#suite-title");

        // when: it starts with a budget of 120 calls, and Stop is pressed once the first candidate's cells are asked
        // (the start's 12 cells come first)
        open("/optimize?prompt=stop-triage&suite=stop-triage");
        OptimizePage optimizer = new OptimizePage(page);
        long id = optimizer.start("Slow learner", 120, "12 cases: 8 for training, 4 held out for validation");
        for (int waited = 0; learner.taskCalls() <= task.cases() && waited < 120_000; waited += 20) {
            page.waitForTimeout(20);
        }
        optimizer.stop().click();

        // then: it is stopped, can be resumed, and has spent part of its budget
        assertThat(optimizer.status()).hasAttribute("data-status", "stopped");
        assertThat(page.locator("#optimization-reason")).containsText("stopped by the user");
        assertThat(optimizer.stop()).isHidden();
        int spent = spent(optimizer.progress().textContent());
        Assertions.assertThat(spent).as("Stop landed before the budget was spent").isLessThan(120);
        // a call cancelled before it was sent counts as spent but never reached the model
        Assertions.assertThat(asked()).as("no call beyond those spent reached the model").isLessThanOrEqualTo(spent);
        int askedOfModel = asked();
        int askedAtStop = learner.taskCalls();
        int answeredAtStop = answeredCells(id);

        // and: a while later, nothing more was asked and the page, read again, shows the same calls spent
        page.waitForTimeout(1_500);
        page.reload();
        assertThat(optimizer.status()).hasAttribute("data-status", "stopped");
        Assertions.assertThat(spent(optimizer.progress().textContent())).isEqualTo(spent);
        Assertions.assertThat(asked()).isEqualTo(askedOfModel);

        // when: it is resumed, the model answering at once from now on
        simulator().replyFor(MODEL, learner.reply());
        optimizer.resume().click();

        // then: it runs to its end within the budget
        assertThat(optimizer.status()).hasAttribute("data-status", "finished",
                new LocatorAssertions.HasAttributeOptions().setTimeout(150_000));
        assertThat(optimizer.resume()).isHidden();
        int total = spent(optimizer.progress().textContent());
        Assertions.assertThat(total).isGreaterThan(spent).isLessThanOrEqualTo(120);
        Assertions.assertThat(asked()).isGreaterThan(askedOfModel).isLessThanOrEqualTo(total);
        // each cell is stored once: a cell answered before Stop and asked again would be a call without a new answer
        Assertions.assertThat(learner.taskCalls() - askedAtStop)
                .as("the cells asked after Resume are the ones without an answer at Stop")
                .isEqualTo(answeredCells(id) - answeredAtStop);
        Assertions.assertThat(answeredAtStop).as("cells were answered before Stop").isPositive();
    }

    /** The calls spent, as the progress line says them. */
    private static int spent(String progress) {
        Matcher matcher = SPENT.matcher(progress);
        Assertions.assertThat(matcher.find()).as(progress).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    /** The requests for the learning model at the simulator, as the task's model and as the proposer. */
    private int asked() {
        return (int) simulator().requests().stream().filter(request -> MODEL.equals(request.model())).count();
    }

    /** The cells of the optimization's runs that have an answer. */
    private int answeredCells(long id) {
        return jdbc.sql("select count(*) from run_result where error is null and run_id in ("
                        + "select training_run_id from optimization_candidate where optimization_id = :id union "
                        + "select validation_run_id from optimization_candidate where optimization_id = :id)")
                .param("id", id).query(Integer.class).single();
    }
}
