package dev.promptsmith.run;

import dev.promptsmith.suite.results.ModelStats;
import dev.promptsmith.suite.results.CaseStats;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/** A finished run's numbers; {@code exchange} writes its JUnit XML and JSON forms. */
public record RunReport(String suite, Long runId, List<CellResult> results, Duration duration) {

    public long passed() {
        return results.stream().filter(CellResult::passed).count();
    }

    public long errors() {
        return results.stream().filter(r -> r.error() != null).count();
    }

    public double passRate() {
        return results.isEmpty() ? 1 : (double) passed() / results.size();
    }

    public BigDecimal cost() {
        return results.stream().map(CellResult::costUsd).filter(c -> c != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Per prompt and model: pass rate, mean score, latency p50/p95, tokens and cost. */
    public List<ModelStats> models() {
        return ModelStats.of(results.stream().map(CellResult::sample).toList());
    }

    public List<CaseStats> cases() {
        return CaseStats.of(results.stream().map(CellResult::sample).toList());
    }

}
