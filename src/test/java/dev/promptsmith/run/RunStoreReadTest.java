package dev.promptsmith.run;

import dev.promptsmith.suite.results.Sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.run.store.StoredResult;
import dev.promptsmith.support.AppTest;
import dev.promptsmith.support.StoredRuns;
import dev.promptsmith.suite.SuiteVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class RunStoreReadTest extends AppTest {

    @Autowired
    ApplicationContext app;
    @Autowired
    RunEngine engine;

    @Test
    void aStoredRunReadsBackAsSamplesAndPagesOfResultsInPlanOrder() {
        // given: 4 cases x 2 models x 2 repeats
        StoredRuns runs = new StoredRuns(app);
        SuiteVersion suite = runs.suite("store-read", 4);
        long runId = runs.finishedRun(suite, 2, 2);

        // when
        List<Sample> samples = new StoredRunResults(engine.store()).samples(runId);
        List<StoredResult> page = engine.store().results(runId, 4, 3);

        // then
        assertThat(samples).hasSize(16);
        assertThat(samples.getFirst()).extracting(Sample::prompt, Sample::test, Sample::model, Sample::passed)
                .containsExactly(StoredRuns.PROMPT, 0, "m1", true);
        assertThat(samples).filteredOn(Sample::error).hasSize(0);
        assertThat(samples).filteredOn(s -> s.test() == 3).extracting(Sample::passed).containsOnly(false);
        assertThat(page).extracting(StoredResult::test, StoredResult::model, StoredResult::repeat)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "m1", 0),
                        org.assertj.core.groups.Tuple.tuple(1, "m1", 1),
                        org.assertj.core.groups.Tuple.tuple(1, "m2", 0));
    }
}
