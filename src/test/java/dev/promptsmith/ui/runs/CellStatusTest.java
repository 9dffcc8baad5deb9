package dev.promptsmith.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.run.store.RunMatrix;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CellStatusTest {

    @Test
    void aCellIsColouredByItsRepeats() {
        assertThat(CellStatus.of(null)).isEqualTo(CellStatus.PENDING);
        assertThat(CellStatus.of(tally(3, 3, 0))).isEqualTo(CellStatus.PASS);
        assertThat(CellStatus.of(tally(3, 0, 0))).isEqualTo(CellStatus.FAIL);
        assertThat(CellStatus.of(tally(3, 2, 0))).isEqualTo(CellStatus.FLAKY);
        assertThat(CellStatus.of(tally(3, 0, 3))).isEqualTo(CellStatus.ERROR);
        assertThat(CellStatus.of(tally(3, 0, 1))).isEqualTo(CellStatus.FAIL);
        assertThat(CellStatus.FLAKY.key()).isEqualTo("flaky");
    }

    @Test
    void aCellReadsAsPassedRepeatsOfThoseDoneWithAnEllipsisWhileSomeAreMissing() {
        RunMatrix.Case test = new RunMatrix.Case(7, 0, "a case", 3);

        assertThat(new MatrixRow(0, "p", test, Map.of(0, tally(3, 2, 0))).text(0)).isEqualTo("2/3");
        assertThat(new MatrixRow(0, "p", test, Map.of(0, tally(2, 1, 1))).text(0)).isEqualTo("1/2 (1 err) …");
        assertThat(new MatrixRow(0, "p", test, Map.of()).text(0)).isEqualTo("·");
    }

    private static RunMatrix.Tally tally(int runs, int passed, int errors) {
        return new RunMatrix.Tally(0, 7, 0, runs, passed, errors);
    }
}
