package dev.promptsmith.ui.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.suite.results.CaseStats;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LastResultsTest {

    private static CaseStats stats(String description, String model, int passed, int runs, int errors) {
        return new CaseStats("p", 0, description, model, passed, runs, errors, 0, 0, BigDecimal.ZERO, 0, 1);
    }

    @Test
    void aCaseShowsTheWorstOfItsCellsAcrossModels() {
        // when
        Map<String, String> verdicts = LastResults.byDescription(List.of(
                stats("all pass", "a", 2, 2, 0), stats("all pass", "b", 1, 1, 0),
                stats("one model fails", "a", 1, 1, 0), stats("one model fails", "b", 1, 2, 0),
                stats("one cell errs", "a", 0, 1, 0), stats("one cell errs", "b", 0, 1, 1)));

        // then
        assertThat(verdicts).containsExactly(Map.entry("all pass", "pass"), Map.entry("one model fails", "fail"),
                Map.entry("one cell errs", "error"));
    }
}
