package dev.promptsmith.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.run.store.RunMatrix;
import dev.promptsmith.run.store.RunSummary;
import dev.promptsmith.run.store.StoredResult;
import dev.promptsmith.support.AppTest;
import dev.promptsmith.support.StoredRuns;
import dev.promptsmith.suite.SuiteVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class RunMatrixTest extends AppTest {

    @Autowired
    ApplicationContext app;
    @Autowired
    RunEngine engine;

    @Test
    void aRunReadsAsRowsOfTestCasesAndColumnsOfModelsWithTheRepeatsCounted() {
        // given: 12 cases x 2 models x 3 repeats
        StoredRuns runs = new StoredRuns(app);
        SuiteVersion suite = runs.suite("matrix-small", 12);
        long runId = runs.finishedRun(suite, 2, 3);
        RunMatrix matrix = engine.store().matrix();

        // when
        RunMatrix.Outline outline = matrix.outline(runId).orElseThrow();
        List<RunMatrix.Tally> tallies = matrix.tallies(runId, 0, outline.tests().subList(2, 8));

        // then
        assertThat(outline.prompts()).containsExactly(StoredRuns.PROMPT);
        assertThat(outline.models()).containsExactly("m1", "m2");
        assertThat(outline.rows()).isEqualTo(12);
        assertThat(outline.tests().get(3)).isEqualTo(new RunMatrix.Case(suite.tests().get(3).id(), 3,
                "generated case 4", 3));
        assertThat(tallies).hasSize(12).contains(
                new RunMatrix.Tally(0, suite.tests().get(2).id(), 1, 3, 3, 0),
                new RunMatrix.Tally(0, suite.tests().get(3).id(), 0, 3, 0, 0),
                new RunMatrix.Tally(0, suite.tests().get(5).id(), 1, 3, 2, 0),
                new RunMatrix.Tally(0, suite.tests().get(7).id(), 0, 3, 0, 3));
        // and the run's page first shows it without counting its 72 results
        RunSummary whole = engine.store().summary(runId).orElseThrow();
        RunSummary uncounted = engine.store().uncounted(runId).orElseThrow();
        assertThat(whole.done()).isEqualTo(72);
        assertThat(uncounted).isEqualTo(new RunSummary(runId, whole.suite(), whole.suiteVersion(), whole.status(),
                whole.origin(), whole.cells(), 0, 0, 0, java.math.BigDecimal.ZERO, whole.createdAt(), whole.finishedAt(),
                whole.baseline(), 0));
    }

    @Test
    void aCellsRepeatsComeWithTheirChecksAndRawExchange() {
        // given
        StoredRuns runs = new StoredRuns(app);
        SuiteVersion suite = runs.suite("matrix-repeats", 6);
        long runId = runs.finishedRun(suite, 1, 2);

        // when
        List<StoredResult> repeats = engine.store().matrix().repeats(runId, 0, suite.tests().get(5).id(), 0);

        // then
        assertThat(repeats).extracting(StoredResult::repeat, StoredResult::passed).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, false), org.assertj.core.groups.Tuple.tuple(1, true));
        assertThat(repeats.getFirst().checks().getFirst().reason())
                .isEqualTo("Expected output to contain \"billing\" but it did not");
        assertThat(repeats.getFirst().rawRequest()).contains("POST /v1/chat/completions m1");
    }

    @Test
    void anUnknownRunHasNoOutline() {
        assertThat(engine.store().matrix().outline(987_654)).isEmpty();
    }
}
