package dev.promptsmith.run;

import dev.promptsmith.suite.results.CaseStats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.PriceTable;
import dev.promptsmith.model.ProviderKind;
import dev.promptsmith.run.store.RunStatus;
import dev.promptsmith.run.store.StoredResult;
import dev.promptsmith.run.store.RunSummary;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.suite.SuiteVersion;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunEngineTest {

    @TempDir
    Path temp;

    private RunFixture fixture;

    private RunFixture fixture() {
        if (fixture == null) {
            fixture = new RunFixture(temp);
        }
        return fixture;
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void everyResultIsStoredWithItsChecksAndTheRunEndsFinished() {
        // given
        SuiteVersion suite = fixture().suite(3);
        fixture.simulator.reply(Reply.text("Hello there"));
        RunEngine engine = fixture.engine();

        // when
        ActiveRun run = engine.start(engine.spec(suite, List.of(fixture.model), RunSettings.defaults().withRepeats(2)),
                "test", result -> { });
        List<CellResult> results = run.await();

        // then
        assertThat(results).hasSize(6).allMatch(CellResult::passed);
        RunSummary summary = fixture.store.summary(run.id()).orElseThrow();
        assertThat(summary.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(summary.cells()).isEqualTo(6);
        assertThat(summary.done()).isEqualTo(6);
        assertThat(summary.passed()).isEqualTo(6);
        assertThat(fixture.count("check_result")).isEqualTo(6);
        assertThat(CaseStats.of(new StoredRunResults(fixture.store).samples(run.id()))).hasSize(3).allMatch(CaseStats::passedAll);
        assertThat(fixture.store.result(fixture.store.results(run.id(), 0, 1).getFirst().id()).orElseThrow())
                .satisfies(stored -> {
                    assertThat(stored.output()).isEqualTo("Hello there");
                    assertThat(stored.checks()).singleElement().satisfies(c -> assertThat(c.pass()).isTrue());
                    assertThat(stored.rawRequest()).contains("Greet person 0.");
                });
    }

    @Test
    void aSecondRunReadsTheCacheRepeatsHaveTheirOwnSlotsAndTheCacheCanBeSwitchedOff() {
        // given
        SuiteVersion suite = fixture().suite(2);
        fixture.simulator.reply(Reply.text("Hello there"));
        RunEngine engine = fixture.engine();
        RunSettings threeRepeats = RunSettings.defaults().withRepeats(3);

        // when
        List<CellResult> first = engine.start(engine.spec(suite, List.of(fixture.model), threeRepeats), "test", r -> { })
                .await();
        int afterFirst = fixture.simulator.callCount();
        List<CellResult> second = engine.start(engine.spec(suite, List.of(fixture.model), threeRepeats), "test", r -> { })
                .await();
        int afterSecond = fixture.simulator.callCount();
        List<CellResult> uncached = engine.start(engine.spec(suite, List.of(fixture.model), threeRepeats.withCache(false)),
                "test", r -> { }).await();

        // then: every repeat was a call of its own; the second run called nothing; without the cache, all again
        assertThat(afterFirst).isEqualTo(6);
        assertThat(first).noneMatch(CellResult::cached);
        assertThat(afterSecond).isEqualTo(6);
        assertThat(second).hasSize(6).allMatch(CellResult::cached);
        assertThat(fixture.simulator.callCount()).isEqualTo(12);
        assertThat(uncached).noneMatch(CellResult::cached);
        assertThat(fixture.cache.size()).isEqualTo(6);
    }

    @Test
    void aPriceAddedAfterARunPricesItsStoredResultsAndTheCachedAnswersOfTheNextRunAsTheCostCheckSees() {
        // given: a hosted model without a price (OpenAI's Responses API, here on the simulator), and a cost check its
        // answers fail once their cost is known
        SuiteVersion suite = fixture().suite(2, "    - type: cost\n      threshold: 0.003\n");
        fixture.simulator.reply(Reply.text("Hello there").usage(1000, 500));
        ModelTarget hosted = new ModelTarget(null, "sim", ProviderKind.OPENAI_RESPONSES, "m", fixture.simulator.openAiBaseUrl(),
                null, Map.of());
        RunEngine engine = fixture.engine();
        RunSettings settings = RunSettings.defaults();
        ActiveRun first = engine.start(engine.spec(suite, List.of(hosted), settings), "test", r -> { });
        List<CellResult> unpriced = first.await();
        RunSummary before = fixture.store.summary(first.id()).orElseThrow();

        // when: its price is set, and the suite runs again from the cache
        fixture.prices.set("m", new PriceTable.Price(new BigDecimal("2"), new BigDecimal("4")));
        List<CellResult> cached = engine.start(engine.spec(suite, List.of(hosted), settings), "test", r -> { })
                .await();

        // then: unknown at first; now the stored run costs what its tokens cost, and so does each cached answer
        BigDecimal each = new BigDecimal("0.004");
        assertThat(unpriced).allSatisfy(r -> assertThat(r.costUsd()).isNull())
                .allSatisfy(r -> assertThat(r.error()).contains("price unknown"));
        assertThat(before.costUsd()).isZero();
        assertThat(before.unpriced()).isEqualTo(2);
        RunSummary after = fixture.store.summary(first.id()).orElseThrow();
        assertThat(after.costUsd()).isEqualByComparingTo(each.multiply(BigDecimal.TWO));
        assertThat(after.unpriced()).isZero();
        assertThat(fixture.store.results(first.id())).allSatisfy(r -> assertThat(r.costUsd()).isEqualByComparingTo(each));
        assertThat(new StoredRunResults(fixture.store).samples(first.id()))
                .allSatisfy(sample -> assertThat(sample.costUsd()).isEqualByComparingTo(each));
        assertThat(cached).hasSize(2).allMatch(CellResult::cached).allMatch(r -> r.error() == null)
                .allSatisfy(r -> assertThat(r.costUsd()).isEqualByComparingTo(each));
        assertThat(cached.getFirst().verdict().checks()).filteredOn(c -> c.type().equals("cost")).singleElement()
                .satisfies(c -> assertThat(c.reason()).contains("it cost $0.004"));
    }

    @Test
    void aLocalModelCostsNothingAHostedOneWithoutAPriceIsAnErrorAndAPricedOneIsJudgedByItsPrice() {
        // given: Ollama on this machine, OpenAI's Responses API (a hosted service) under a name without a price, and
        // gpt-4o-mini at its list price ($0.15 and $0.60 per million tokens), all answered by the simulator
        SuiteVersion suite = fixture().suite(1, "    - type: cost\n      threshold: 0.0001\n");
        fixture.simulator.reply(Reply.text("Hello there").usage(1000, 500));
        ModelTarget ollama = new ModelTarget(null, "ollama", ProviderKind.OLLAMA, "llama3.2",
                fixture.simulator.ollamaBaseUrl(), null, Map.of());
        ModelTarget hosted = new ModelTarget(null, "hosted", ProviderKind.OPENAI_RESPONSES, "zz-unlisted",
                fixture.simulator.openAiBaseUrl(), null, Map.of());
        ModelTarget priced = new ModelTarget(null, "priced", ProviderKind.OPENAI, "gpt-4o-mini",
                fixture.simulator.openAiBaseUrl(), null, Map.of());
        RunEngine engine = fixture.engine();

        // when
        ActiveRun run = engine.start(engine.spec(suite, List.of(ollama, hosted, priced), RunSettings.defaults()
                .withCache(false)), "test", r -> { });
        List<CellResult> results = run.await();

        // then
        assertThat(resultOf(results, "ollama")).satisfies(r -> {
            assertThat(r.error()).isNull();
            assertThat(r.passed()).isTrue();
            assertThat(r.costUsd()).isEqualByComparingTo(BigDecimal.ZERO);
        });
        assertThat(resultOf(results, "hosted")).satisfies(r -> {
            assertThat(r.costUsd()).isNull();
            assertThat(r.error()).isEqualTo("cost: price unknown: hosted (openai:responses:zz-unlisted) is a "
                    + "hosted model without a price, so the cost of its answer is not known: set its price per "
                    + "million tokens on the Models screen, under Prices");
        });
        assertThat(resultOf(results, "priced")).satisfies(r -> {
            assertThat(r.error()).isNull();
            assertThat(r.passed()).isFalse();
            assertThat(r.costUsd()).isEqualByComparingTo("0.00045");
        });
        // and the run's total counts the local answer as known and free, the hosted one as unknown
        RunSummary summary = fixture.store.summary(run.id()).orElseThrow();
        assertThat(summary.costUsd()).isEqualByComparingTo("0.00045");
        assertThat(summary.unpriced()).isEqualTo(1);
    }

    @Test
    void errorsAreNeverCached() {
        SuiteVersion suite = fixture().suite(1);
        fixture.simulator.reply(Reply.error(400, "bad request"));
        RunEngine engine = fixture.engine();
        RunSettings settings = RunSettings.defaults().withRetries(0);

        List<CellResult> failed = engine.start(engine.spec(suite, List.of(fixture.model), settings), "test", r -> { })
                .await();
        fixture.simulator.reply(Reply.text("Hello again"));
        List<CellResult> retried = engine.start(engine.spec(suite, List.of(fixture.model), settings), "test", r -> { })
                .await();

        assertThat(failed.getFirst().error()).contains("bad request");
        assertThat(retried.getFirst().passed()).isTrue();
        assertThat(retried.getFirst().cached()).isFalse();
        assertThat(fixture.simulator.callCount()).isEqualTo(2);
    }

    @Test
    void identicalRequestsInFlightAtOnceAreSentOnce() {
        // given: two models that are the same endpoint and model under two names: the same request
        SuiteVersion suite = fixture().suite(1);
        fixture.simulator.reply(Reply.text("Hello there").firstTokenDelay(Duration.ofMillis(300)));
        RunEngine engine = fixture.engine();
        var twin = new dev.promptsmith.model.ModelTarget(null, "sim twin", fixture.model.kind(), "m",
                fixture.model.baseUrl(), null, java.util.Map.of());

        // when
        List<CellResult> results = engine.start(engine.spec(suite, List.of(fixture.model, twin), RunSettings.defaults()),
                "test", r -> { }).await();

        // then
        assertThat(results).hasSize(2).allMatch(CellResult::passed);
        assertThat(fixture.simulator.callCount()).isEqualTo(1);
        assertThat(results).filteredOn(CellResult::cached).hasSize(1);
    }

    @Test
    void identicalRequestsWithDifferentKeysAreSentAndCachedApart() {
        // given: the same endpoint and model twice, each with a key of its own
        SuiteVersion suite = fixture().suite(1);
        fixture.simulator.reply(Reply.text("Hello there").firstTokenDelay(Duration.ofMillis(300)));
        var first = new dev.promptsmith.model.ModelTarget(null, "first", fixture.model.kind(), "m",
                fixture.model.baseUrl(), "FIRST_API_KEY", java.util.Map.of());
        var second = new dev.promptsmith.model.ModelTarget(null, "second", fixture.model.kind(), "m",
                fixture.model.baseUrl(), "SECOND_API_KEY", java.util.Map.of());
        java.util.Map<String, String> keys = java.util.Map.of("FIRST_API_KEY", "sk-first-0001",
                "SECOND_API_KEY", "sk-second-0002");
        RunEngine engine = fixture.engine(new dev.promptsmith.model.EnvironmentApiKeys(keys::get, List.of(first, second)),
                Duration.ofSeconds(5));

        // when: run twice, at once and then from the cache
        List<CellResult> results = engine.start(engine.spec(suite, List.of(first, second), RunSettings.defaults()),
                "test", r -> { }).await();
        List<CellResult> again = engine.start(engine.spec(suite, List.of(first, second), RunSettings.defaults()),
                "test", r -> { }).await();

        // then: one request per key, each answer cached for its own key
        assertThat(results).hasSize(2).allMatch(CellResult::passed).noneMatch(CellResult::cached);
        assertThat(fixture.simulator.requests()).extracting(r -> r.header("authorization"))
                .containsExactlyInAnyOrder("Bearer sk-first-0001", "Bearer sk-second-0002");
        assertThat(again).hasSize(2).allMatch(CellResult::cached);
        assertThat(fixture.simulator.callCount()).isEqualTo(2);
    }

    @Test
    void aCancelledRunKeepsItsResultsAndResumeCallsOnlyTheCellsWithoutOne() throws Exception {
        // given: 20 slow cells, 2 at a time
        SuiteVersion suite = fixture().suite(20);
        fixture.simulator.reply(Reply.text("Hello there").firstTokenDelay(Duration.ofMillis(100)));
        RunEngine engine = fixture.engine();
        RunSettings settings = RunSettings.defaults().withConcurrency(2).withCache(false);
        CountDownLatch someDone = new CountDownLatch(6);

        // when: cancelled after six results
        ActiveRun run = engine.start(engine.spec(suite, List.of(fixture.model), settings), "test", r -> someDone.countDown());
        someDone.await();
        run.cancel();
        List<CellResult> before = run.await();
        int callsBefore = fixture.simulator.callCount();
        AtomicInteger resumedResults = new AtomicInteger();
        ActiveRun resumed = engine.resume(run.id(), r -> resumedResults.incrementAndGet());
        resumed.await();

        // then
        assertThat(fixture.store.summary(run.id()).orElseThrow().status()).isEqualTo(RunStatus.FINISHED);
        assertThat(before.size()).isBetween(6, 19);
        assertThat(resumed.alreadyDone()).isEqualTo(before.size());
        assertThat(resumedResults.get()).isEqualTo(20 - before.size());
        assertThat(fixture.count("run_result")).isEqualTo(20);
        assertThat(fixture.simulator.callCount() - callsBefore).isEqualTo(20 - before.size());
    }

    @Test
    void aResumedRunTransformsTheOutputsOfTheCellsItRunsAsTheFirstPartDidAndKeepsTheAnswers() throws Exception {
        // given: 12 slow cells whose test transform marks the answer, 2 at a time
        SuiteVersion suite = fixture().suite(12, "  options:\n    transform: \"output + '!'\"\n");
        fixture.simulator.reply(Reply.text("Hello there").firstTokenDelay(Duration.ofMillis(100)));
        RunEngine engine = fixture.engine();
        RunSettings settings = RunSettings.defaults().withConcurrency(2).withCache(false);
        CountDownLatch someDone = new CountDownLatch(4);

        // when: cancelled after four results, then resumed
        ActiveRun run = engine.start(engine.spec(suite, List.of(fixture.model), settings), "test", r -> someDone.countDown());
        someDone.await();
        run.cancel();
        int before = run.await().size();
        engine.resume(run.id(), r -> { }).await();

        // then: every stored result, from before and after the resume, has the transformed output and the answer
        assertThat(before).isBetween(4, 11);
        List<StoredResult> stored = fixture.store.results(run.id()).stream()
                .map(r -> fixture.store.result(r.id()).orElseThrow()).toList();
        assertThat(stored).hasSize(12).allSatisfy(r -> {
            assertThat(r.output()).isEqualTo("Hello there!");
            assertThat(r.answer()).isEqualTo("Hello there");
            assertThat(r.passed()).isTrue();
        });
    }

    @Test
    void aRunWhoseProcessIsGoneIsMarkedInterrupted() {
        SuiteVersion suite = fixture().suite(1);
        RunEngine engine = fixture.engine();
        RunSpec spec = engine.spec(suite, List.of(fixture.model), RunSettings.defaults());
        long gone = fixture.database.transactions().execute(s -> fixture.store.create(spec.newRun("test",
                "999999999@" + hostName() + "#gone")));
        long here = fixture.database.transactions().execute(s -> fixture.store.create(spec.newRun("test",
                RunOwner.current())));

        int marked = fixture.store.markInterrupted(RunOwner::alive, Duration.ofMinutes(2));

        assertThat(marked).isEqualTo(1);
        assertThat(fixture.store.summary(gone).orElseThrow().status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(fixture.store.summary(here).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
    }

    private static String hostName() {
        String owner = RunOwner.current();
        return owner.substring(owner.indexOf('@') + 1, owner.lastIndexOf('#'));
    }

    private static CellResult resultOf(List<CellResult> results, String model) {
        return results.stream().filter(r -> r.cell().model().name().equals(model)).findFirst().orElseThrow();
    }
}
