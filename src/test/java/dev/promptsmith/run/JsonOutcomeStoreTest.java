package dev.promptsmith.run;

import dev.promptsmith.suite.results.JsonRates;
import dev.promptsmith.suite.results.ModelStats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.check.json.Fix;
import dev.promptsmith.check.json.OutputJson;
import dev.promptsmith.run.store.StoredResult;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.suite.SuiteVersion;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonOutcomeStoreTest {

    @TempDir
    Path temp;

    private RunFixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void eachResultIsStoredWithItsJsonOutcomeAndTheStatisticsReadItBack() {
        // given: a model that stops at its token limit inside an array
        fixture = new RunFixture(temp);
        SuiteVersion suite = fixture.suite(2);
        fixture.simulator.reply(Reply.text("{\"greeting\": \"Hello\", \"to\": [\"Ada\"")
                .finishReason(Reply.Finish.LENGTH));
        RunEngine engine = fixture.engine();

        // when
        ActiveRun run = engine.start(engine.spec(suite, List.of(fixture.model), RunSettings.defaults()), "test",
                result -> { });
        List<CellResult> results = run.await();

        // then: what the checks worked out is what is stored, and read back whole with the result
        OutputJson expected = new OutputJson(OutputJson.Shape.REPAIRED, true,
                List.of(Fix.CLOSED_ARRAY, Fix.CLOSED_OBJECT), "{\"greeting\": \"Hello\", \"to\": [\"Ada\"]}", null);
        assertThat(results).extracting(CellResult::json).containsOnly(expected);
        StoredResult stored = fixture.store.result(fixture.store.results(run.id()).getFirst().id()).orElseThrow();
        assertThat(stored.json()).isEqualTo(expected);
        assertThat(stored.jsonCounted()).isTrue();
        assertThat(ModelStats.of(new StoredRunResults(fixture.store).samples(run.id())))
                .singleElement().extracting(ModelStats::json).isEqualTo(new JsonRates(2, 2, 2, 0));
    }

    @Test
    void aFailedCellHasNoJsonOutcomeAndCountsInNoRate() {
        // given
        fixture = new RunFixture(temp);
        SuiteVersion suite = fixture.suite(1);
        fixture.simulator.reply(Reply.error(400, "bad request"));
        RunEngine engine = fixture.engine();

        // when
        ActiveRun run = engine.start(engine.spec(suite, List.of(fixture.model), RunSettings.defaults()), "test",
                result -> { });
        run.await();

        // then
        StoredResult stored = fixture.store.result(fixture.store.results(run.id()).getFirst().id()).orElseThrow();
        assertThat(stored.json()).isNull();
        assertThat(stored.jsonCounted()).isFalse();
        assertThat(ModelStats.of(new StoredRunResults(fixture.store).samples(run.id())))
                .singleElement().extracting(ModelStats::json).isEqualTo(new JsonRates(0, 0, 0, 0));
    }
}
