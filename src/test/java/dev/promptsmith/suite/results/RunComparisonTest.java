package dev.promptsmith.suite.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunComparisonTest {

    @Test
    void oneFailedSampleIsARegressionButNotASignificantOne() {
        RunComparison comparison = RunComparison.of(List.of(stats(1, 1, 1)), List.of(stats(1, 0, 1)));

        assertThat(comparison.regressions()).singleElement().satisfies(change -> {
            assertThat(change.significant()).isFalse();
            assertThat(change.low()).isNegative();
            assertThat(change.high()).isPositive();
        });
        assertThat(comparison.significantRegressions()).isEmpty();
        assertThat(comparison.significantDrop()).isFalse();
    }

    @Test
    void aCaseThatNowFailsEveryRepeatOfManyIsASignificantRegression() {
        RunComparison comparison = RunComparison.of(List.of(stats(1, 5, 5), stats(2, 5, 5)),
                List.of(stats(1, 0, 5), stats(2, 5, 5)));

        assertThat(comparison.significantRegressions()).singleElement()
                .satisfies(change -> assertThat(change.candidate().test()).isEqualTo(1));
        assertThat(comparison.changes()).filteredOn(c -> c.kind() == CaseChange.Kind.UNCHANGED).hasSize(1);
        assertThat(comparison.baseline().passRate()).isEqualTo(1.0);
        assertThat(comparison.candidate().passRate()).isEqualTo(0.5);
    }

    @Test
    void fixesFlakinessAndCasesInOnlyOneRunAreTold() {
        RunComparison comparison = RunComparison.of(
                List.of(stats(1, 0, 3), stats(2, 3, 3), stats(3, 3, 3)),
                List.of(stats(1, 3, 3), stats(2, 3, 3), stats(4, 1, 1)));

        assertThat(comparison.fixes()).singleElement().satisfies(c -> assertThat(c.significant())
                .as("3 of 3 against 0 of 3: the intervals still overlap").isFalse());
        assertThat(comparison.onlyInBaseline()).extracting(CaseStats::test).containsExactly(3);
        assertThat(comparison.onlyInCandidate()).extracting(CaseStats::test).containsExactly(4);

        RunComparison flaky = RunComparison.of(List.of(stats(1, 3, 3)), List.of(stats(1, 2, 3)));
        assertThat(flaky.regressions()).singleElement().satisfies(c -> assertThat(c.significant()).isFalse());
        RunComparison steadier = RunComparison.of(List.of(stats(1, 1, 4)), List.of(stats(1, 3, 4)));
        assertThat(steadier.changes().getFirst().kind()).isEqualTo(CaseChange.Kind.UNCHANGED);
        RunComparison becameFlaky = RunComparison.of(List.of(stats(1, 0, 4)), List.of(stats(1, 2, 4)));
        assertThat(becameFlaky.fixes()).hasSize(1);
    }

    @Test
    void oneFailingSampleIsNeverEnoughAgainstFewerThanFifteenPasses() {
        assertThat(RunComparison.of(List.of(stats(1, 14, 14)), List.of(stats(1, 0, 1))).significantRegressions()).isEmpty();
        assertThat(RunComparison.of(List.of(stats(1, 15, 15)), List.of(stats(1, 0, 1))).significantRegressions()).hasSize(1);
        assertThat(RunComparison.of(List.of(stats(1, 4, 4)), List.of(stats(1, 0, 4))).significantRegressions()).hasSize(1);
    }

    @Test
    void theDifferenceIntervalMatchesNewcombesWorkedExample() {
        // Newcombe (1998), example (a): 56/70 vs 48/80 gives 0.0524 to 0.3339 for method 10
        double[] interval = RunComparison.difference(56, 70, 48, 80);

        assertThat(interval[0]).isCloseTo(0.0524, org.assertj.core.data.Offset.offset(0.0005));
        assertThat(interval[1]).isCloseTo(0.3339, org.assertj.core.data.Offset.offset(0.0005));
    }

    private static CaseStats stats(int test, int passed, int runs) {
        double[] wilson = CaseStats.wilson(passed, runs);
        return new CaseStats("p", test, "case " + test, "m", passed, runs, 0, (double) passed / runs, 100,
                BigDecimal.ZERO, wilson[0], wilson[1]);
    }
}
