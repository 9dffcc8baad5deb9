package dev.promptsmith.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.ModelErrorKind;
import dev.promptsmith.run.store.RunStatus;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.suite.SuiteVersion;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run through a provider that answers 10% of calls 429 and 10% 500: every cell accounted for, once. */
class RunFaultTest {

    @TempDir
    Path temp;

    private RunFixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void transientErrorsAreRetriedAndEveryCellIsStoredOnceWithItsOutcome() {
        // given: 1,000 cases; 10% of answers 429 with Retry-After 1 s, 10% 500
        fixture = new RunFixture(temp);
        SuiteVersion suite = fixture.suite(1000);
        fixture.simulator.reply(Reply.text("Hello there"));
        fixture.simulator.faults(0.10, Duration.ofSeconds(1), 0.10, 42);
        RunEngine engine = fixture.engine();
        RunSettings settings = RunSettings.defaults().withConcurrency(16).withRetries(2).withCache(false);

        // when
        ActiveRun run = engine.start(engine.spec(suite, List.of(fixture.model), settings), "test", r -> { });
        List<CellResult> results = run.await();

        // then: every cell has one result: judged on its merits, or the error of its last attempt
        assertThat(results).hasSize(1000);
        assertThat(fixture.count("run_result")).isEqualTo(1000);
        int retries = results.stream().mapToInt(r -> r.attempts() - 1).sum();
        assertThat(fixture.simulator.callCount()).isEqualTo(1000 + retries);
        assertThat(fixture.simulator.count(429) + fixture.simulator.count(500)).isEqualTo(retries
                + (int) results.stream().filter(r -> r.error() != null).count());
        assertThat(retries).isBetween(150, 300);
        List<CellResult> errors = results.stream().filter(r -> r.error() != null).toList();
        assertThat(errors).allSatisfy(error -> {
            assertThat(error.attempts()).isEqualTo(3);
            assertThat(error.errorKind()).isIn(ModelErrorKind.RATE_LIMITED, ModelErrorKind.SERVER_ERROR);
            assertThat(error.error()).contains("(after 3 attempts)");
        });
        assertThat(results.stream().filter(r -> r.error() == null)).allMatch(CellResult::passed);
        assertThat(fixture.store.summary(run.id()).orElseThrow().errors()).isEqualTo(errors.size());
        // every wait after a 429 honoured its Retry-After of a second
        long waitsOfASecondOrMore = fixture.waits.stream().filter(w -> w.compareTo(Duration.ofSeconds(1)) >= 0).count();
        assertThat(waitsOfASecondOrMore).isGreaterThanOrEqualTo(fixture.simulator.count(429)
                - errors.stream().filter(e -> e.errorKind() == ModelErrorKind.RATE_LIMITED).count());
    }

    @Test
    void anAnswerOverTheSizeLimitIsAnErrorOfItsCellAndIsNotAskedForAgain() {
        // given: 5 MB answers, over the default limit of 4 MB, and two retries allowed
        fixture = new RunFixture(temp);
        SuiteVersion suite = fixture.suite(2);
        fixture.simulator.reply(Reply.text("x").tokens(java.util.Collections.nCopies(80, "x".repeat(65_535) + " ")));
        RunEngine engine = fixture.engine();
        RunSettings settings = RunSettings.defaults().withRetries(2).withCache(false);

        // when
        ActiveRun run = engine.start(engine.spec(suite, List.of(fixture.model), settings), "test", r -> { });
        List<CellResult> results = run.await();

        // then
        assertThat(fixture.simulator.callCount()).isEqualTo(2);
        assertThat(results).hasSize(2).allSatisfy(result -> {
            assertThat(result.errorKind()).isEqualTo(ModelErrorKind.ANSWER_TOO_LARGE);
            assertThat(result.attempts()).isEqualTo(1);
            assertThat(result.error()).contains("the answer is over 4 MB");
        });
    }

    @Test
    void aRunStopsAtItsDeadlineWithWhatFinishedStoredAndTheReason() {
        // given: 20 answers of 300 ms each, one at a time, and a deadline of 4 s
        fixture = new RunFixture(temp);
        SuiteVersion suite = fixture.suite(20);
        fixture.simulator.reply(Reply.text("Hello there"));
        fixture.simulator.latency(Duration.ofMillis(300));
        RunEngine engine = fixture.engine();
        RunSettings settings = RunSettings.defaults().withConcurrency(1).withCache(false)
                .withDeadline(Duration.ofSeconds(4));
        long start = System.nanoTime();

        // when
        ActiveRun run = engine.start(engine.spec(suite, List.of(fixture.model), settings), "test", r -> { });
        List<CellResult> results = run.await();

        // then
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
        assertThat(results).hasSizeBetween(1, 13).allMatch(CellResult::passed);
        assertThat(fixture.count("run_result")).isEqualTo(results.size());
        assertThat(fixture.store.summary(run.id()).orElseThrow().status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(fixture.store.stopReason(run.id())).contains("stopped at the run's deadline of 4 s");
        assertThat(StoredSettings.read(fixture.store.plan(run.id())).deadline()).isEqualTo(Duration.ofSeconds(4));
    }
}
