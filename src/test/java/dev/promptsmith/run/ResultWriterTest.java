package dev.promptsmith.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.check.CaseVerdict;
import dev.promptsmith.check.CheckResult;
import dev.promptsmith.model.FinishReason;
import dev.promptsmith.model.ModelResponse;
import dev.promptsmith.model.RawExchange;
import dev.promptsmith.suite.SuiteVersion;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultWriterTest {

    @TempDir
    Path temp;

    private RunFixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aResultTheDatabaseRefusesDoesNotTakeTheOthersOfItsBatchWithIt() {
        // given: a stored run of three cases, and a result for a test case the database does not know
        fixture = new RunFixture(temp);
        SuiteVersion suite = fixture.suite(3);
        RunSpec spec = fixture.engine().spec(suite, List.of(fixture.model), RunSettings.defaults());
        long runId = fixture.database.transactions().execute(s -> fixture.store.create(spec.newRun("test",
                RunOwner.current())));
        List<Cell> cells = RunPlan.cells(spec);
        Cell unknown = new Cell(0, cells.getFirst().prompt(), 987_654, cells.getFirst().test(), 0, fixture.model, 0);
        List<CellResult> heard = new CopyOnWriteArrayList<>();

        // when: all four arrive in one batch
        try (ResultWriter writer = new ResultWriter(fixture.store, fixture.database.transactions(), runId, heard::add)) {
            writer.add(result(cells.get(0)));
            writer.add(result(unknown));
            writer.add(result(cells.get(1)));
            writer.add(result(cells.get(2)));
        }

        // then
        assertThat(fixture.count("run_result")).isEqualTo(3);
        assertThat(fixture.count("check_result")).isEqualTo(3);
        assertThat(heard).hasSize(3).noneMatch(r -> r.cell().testCaseId() == 987_654);
    }

    private static CellResult result(Cell cell) {
        return new CellResult(cell, new ModelResponse("Hello", FinishReason.STOP, 1, 1, false, Duration.ofMillis(5), null,
                BigDecimal.ZERO, "id", RawExchange.NONE), new CaseVerdict(true, 1,
                List.of(new CheckResult("contains", null, 1, true, 1, "ok"))), null, null, 1, false, "h");
    }
}
