package dev.promptsmith.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.prompt.PromptVersion;
import dev.promptsmith.simulator.LearningTask;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.suite.SuiteStore;
import dev.promptsmith.suite.SuiteVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loop against the simulator answering as the scripted learning model, over a real H2 file. */
class OptimizationLoopTest {

    @TempDir
    Path folder;

    @Test
    void findsTheBetterPromptWithinTheBudgetCountedAtTheSimulator() throws Exception {
        LearningTask task = LearningTask.triage();
        try (OptimizerFixture fixture = new OptimizerFixture(folder, List.of(task), 0.0, 7)) {
            Optimizations optimizations = fixture.optimizations();
            PromptVersion start = fixture.latest("triage");

            long id = optimizations.start(fixture.request(task, 120, 42));
            OptimizationSnapshot result = optimizations.await(id);

            assertThat(result.status()).as(result.stopReason()).isEqualTo(OptimizationStatus.FINISHED);
            assertThat(result.gain().bestScore()).isEqualTo(1.0).isGreaterThan(result.gain().startScore());
            assertThat(result.gain().significant()).isTrue();
            String winner = fixture.prompts.version(result.best().orElseThrow().versionId()).orElseThrow().content();
            for (LearningTask.Rule rule : task.rules()) {
                assertThat(winner).contains(rule.phrase());
            }
            assertThat(result.callsSpent()).isEqualTo(fixture.simulator.callCount()).isLessThanOrEqualTo(120);
            assertThat(result.trajectory()).extracting(TrajectoryPoint::round).startsWith(0, 1);

            // every candidate is a stored version with its scores; the prompt's latest version is still the start
            assertThat(result.candidates()).hasSizeGreaterThan(1).allSatisfy(c -> {
                assertThat(fixture.prompts.version(c.versionId())).isPresent();
                assertThat(c.trainingPasses()).isNotNull();
                assertThat(c.trainingRunId()).isNotNull();
            });
            assertThat(fixture.latest("triage").id()).isEqualTo(start.id());
            assertThat(fixture.prompts.versions(start.promptId())).extracting(PromptVersion::id)
                    .containsExactly(start.id());
            assertThat(optimizations.flips(id)).hasSize(result.validationCases())
                    .allSatisfy(flip -> assertThat(flip.bestPassed()).isTrue());

            // accepting makes the winner the newest ordinary version, labelled, and writes its file
            Accepted accepted = optimizations.accept(id, null);
            PromptVersion latest = fixture.latest("triage");
            assertThat(latest.id()).isEqualTo(accepted.versionId());
            assertThat(latest.content()).isEqualTo(winner);
            assertThat(latest.labels()).contains("validated");
            assertThat(latest.note()).startsWith("accepted from optimization " + id + ", validation 0% → 100%");
            int highestCandidate = result.candidates().stream().mapToInt(Candidate::versionNumber).max().orElseThrow();
            assertThat(latest.number()).isGreaterThan(highestCandidate);
            assertThat(Files.readString(folder.resolve("prompts/triage.prompty"))).isEqualTo(winner);
            assertThat(accepted.fileProblem()).isNull();
        }
    }

    @Test
    void proposalsSeeOnlyTrainingCasesAndValidationPicksTheBest() throws Exception {
        LearningTask task = LearningTask.summary();
        try (OptimizerFixture fixture = new OptimizerFixture(folder, List.of(task), 0.05, 3)) {
            Optimizations optimizations = fixture.optimizations();
            long id = optimizations.start(fixture.request(task, 100, 5));
            OptimizationSnapshot result = optimizations.await(id);

            SuiteVersion suite = new SuiteStore(fixture.database.jdbc(), Clock.systemUTC()).latest("summary")
                    .orElseThrow();
            OptimizationStore.Stored stored = new OptimizationStore(fixture.database.jdbc(), Clock.systemUTC())
                    .find(id).orElseThrow();
            List<String> requests = fixture.model.proposerRequests();
            assertThat(requests).isNotEmpty();
            for (SuiteVersion.StoredCase test : suite.tests()) {
                String input = (String) test.definition().vars().get(task.variable());
                if (stored.split().validation().contains(test.id())) {
                    assertThat(requests).noneMatch(body -> body.contains(input + "\\n") || body.contains(input + "<")
                            || body.contains(input + "'") || body.endsWith(input));
                }
            }
            assertThat(requests).anyMatch(body -> body.contains("<failure case="));

            Candidate best = result.best().orElseThrow();
            double top = result.candidates().stream().filter(c -> c.validationScore() != null)
                    .mapToDouble(Candidate::validationScore).max().orElseThrow();
            assertThat(best.validationScore()).isEqualTo(top);
            assertThat(result.candidates().stream().filter(c -> c.validationScore() != null).count())
                    .as("only the start and each round's finalists are run on validation")
                    .isLessThanOrEqualTo(1 + (long) result.rounds() * OptimizationRequest.DEFAULT_FINALISTS);
            assertThat(result.callsSpent()).isEqualTo(fixture.simulator.callCount());
        }
    }

    @Test
    void aSmallBudgetIsNeverPassedAndABatchThatDoesNotFitIsNotStarted() throws Exception {
        LearningTask task = LearningTask.triage();
        try (OptimizerFixture fixture = new OptimizerFixture(folder, List.of(task), 0.0, 7)) {
            Optimizations optimizations = fixture.optimizations();
            long id = optimizations.start(fixture.request(task, 20, 42));
            OptimizationSnapshot result = optimizations.await(id);

            assertThat(result.status()).isEqualTo(OptimizationStatus.FINISHED);
            assertThat(result.stopReason()).startsWith("budget: ");
            // start: 8 training + 4 validation cells; 3 proposals; the next 8-cell batch does not fit in the 5 left
            assertThat(result.callsSpent()).isEqualTo(fixture.simulator.callCount()).isEqualTo(15);
            assertThat(result.bestId()).isEqualTo(result.start().orElseThrow().id());
        }
    }

    @Test
    void aProviderOutageStopsItResumablyAndResumeFinishesWithoutPayingTwice() throws Exception {
        LearningTask task = LearningTask.triage();
        try (OptimizerFixture fixture = new OptimizerFixture(folder, List.of(task), 0.0, 7)) {
            AtomicInteger calls = new AtomicInteger();
            Reply learner = fixture.model.reply();
            fixture.simulator.replyFor("learner", Reply.fromRequest(request -> {
                int n = calls.incrementAndGet();
                return n > 14 && n <= 40 ? Reply.error(500, "the model is down") : learner;
            }));
            Optimizations first = fixture.optimizations();
            long id = first.start(fixture.request(task, 150, 42));
            OptimizationSnapshot failed = first.await(id);

            assertThat(failed.status()).isEqualTo(OptimizationStatus.FAILED);
            assertThat(failed.stopReason()).contains("provider error").contains("500");
            assertThat(failed.callsSpent()).isEqualTo(fixture.simulator.callCount());

            Optimizations restarted = fixture.optimizations();
            restarted.resume(id);
            OptimizationSnapshot result = restarted.await(id);

            assertThat(result.status()).as(result.stopReason()).isEqualTo(OptimizationStatus.FINISHED);
            assertThat(result.gain().bestScore()).isEqualTo(1.0);
            assertThat(result.callsSpent()).isEqualTo(fixture.simulator.callCount()).isLessThanOrEqualTo(150);
            int answeredCells = fixture.database.jdbc().sql("select count(*) from run_result where error is null")
                    .query(Integer.class).single();
            assertThat(fixture.model.taskCalls()).as("no answered cell was asked again").isEqualTo(answeredCells);
            assertThat(result.candidates().stream().sorted(Comparator.comparingLong(Candidate::id)).toList())
                    .extracting(Candidate::round).startsWith(0);
        }
    }
}
