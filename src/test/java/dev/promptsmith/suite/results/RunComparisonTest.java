package dev.promptsmith.suite.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunComparisonTest {

    @Test
    void oneFailedSampleIsARegressionButNotASignificantOne() {
        RunComparison comparison = RunComparison.of(List.of(stats(1, 1, 1)), List.of(stats(1, 0, 1)));

        assertThat(comparison.regressions()).singleElement().satisfies(change -> {
            assertThat(change.significant()).isFalse();
            assertThat(change.pValue()).isEqualTo(1.0);
            assertThat(change.difference()).isEqualTo(-1.0);
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
                .as("3 of 3 against 0 of 3: p = 0.1").isFalse());
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
    void oneFailingSampleIsNeverEnoughAgainstFewerThanTwentyPasses() {
        // Fisher: p = 1 / (n + 1) for n passes against one failure
        assertThat(RunComparison.of(List.of(stats(1, 19, 19)), List.of(stats(1, 0, 1))).significantRegressions()).isEmpty();
        assertThat(RunComparison.of(List.of(stats(1, 20, 20)), List.of(stats(1, 0, 1))).significantRegressions()).hasSize(1);
        assertThat(RunComparison.of(List.of(stats(1, 4, 4)), List.of(stats(1, 0, 4))).significantRegressions()).hasSize(1);
    }

    @Test
    void aCaseThatWentFromThreeOfThreeToTwoIsARegressionAndAFlakinessChange() {
        RunComparison comparison = RunComparison.of(List.of(stats(1, 3, 3)), List.of(stats(1, 2, 3)));

        assertThat(comparison.regressions()).hasSize(1);
        assertThat(comparison.flakinessChanges()).hasSize(1);
        assertThat(comparison.significantRegressions()).isEmpty();
    }

    @Test
    void theTotalsAreJudgedByTheSameRuleAsTheCases() {
        List<CaseStats> before = new java.util.ArrayList<>();
        List<CaseStats> after = new java.util.ArrayList<>();
        for (int test = 0; test < 40; test++) {
            before.add(stats(test, 1, 1));
            after.add(stats(test, test < 30 ? 1 : 0, 1));
        }

        RunComparison comparison = RunComparison.of(before, after);

        assertThat(comparison.significantRegressions()).as("no single case is enough").isEmpty();
        assertThat(comparison.pValue()).isCloseTo(Significance.pValue(40, 40, 30, 40), offset(1e-12));
        assertThat(comparison.significantDrop()).as("40/40 against 30/40: p = 0.001").isTrue();
        assertThat(comparison.significantRise()).isFalse();
    }

    private static CaseStats stats(int test, int passed, int runs) {
        double[] wilson = CaseStats.wilson(passed, runs);
        return new CaseStats("p", test, "case " + test, "m", passed, runs, 0, (double) passed / runs, 100,
                BigDecimal.ZERO, wilson[0], wilson[1]);
    }
}
