package dev.promptsmith.run;

import dev.promptsmith.run.store.RunStore;
import dev.promptsmith.run.store.StoredResult;
import dev.promptsmith.suite.results.RunResults;
import dev.promptsmith.suite.results.Sample;
import java.util.List;
import java.util.Optional;

/** The stored runs as the suite's statistics read them. */
final class StoredRunResults implements RunResults {

    private final RunStore store;

    StoredRunResults(RunStore store) {
        this.store = store;
    }

    @Override
    public boolean exists(long runId) {
        return store.summary(runId).isPresent();
    }

    @Override
    public List<Sample> samples(long runId) {
        return store.results(runId).stream().map(StoredRunResults::sample).toList();
    }

    @Override
    public Optional<Long> baseline(String suite) {
        return store.baseline(suite);
    }

    @Override
    public void markBaseline(long runId) {
        store.markBaseline(runId);
    }

    /** A stored result as the statistics see it. */
    static Sample sample(StoredResult result) {
        int tokens = (result.tokensIn() == null ? 0 : result.tokensIn())
                + (result.tokensOut() == null ? 0 : result.tokensOut());
        return new Sample(result.prompt(), result.test(), result.label(), result.model(), result.passed(),
                result.error() != null, result.score(), result.latencyMs(), tokens, result.costUsd(),
                result.json() == null ? null : result.json().shape(), result.json() != null && result.json().cutOff(),
                result.jsonCounted() && result.json() != null);
    }
}
