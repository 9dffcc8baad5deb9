package dev.promptsmith.run;

import dev.promptsmith.check.CheckEngine;
import dev.promptsmith.model.ModelGateway;
import dev.promptsmith.model.PriceTable;
import dev.promptsmith.prompt.PromptStore;
import dev.promptsmith.run.cache.CachedCalls;
import dev.promptsmith.run.cache.DatabaseCache;
import dev.promptsmith.run.store.RunStore;
import dev.promptsmith.suite.SuiteStore;
import dev.promptsmith.suite.results.SuiteResults;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Puts the run engine together, the same way for the app and for the command line. */
public final class RunEngines {

    private RunEngines() {
    }

    /**
     * An engine on this database: its runs, response cache, prompts and suites, calling through {@code gateway};
     * answers and stored results cost what their tokens cost at {@code prices}.
     */
    public static RunEngine of(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, ModelGateway gateway,
                               CheckEngine checks, PriceTable prices) {
        SuiteExecutor executor = new SuiteExecutor(gateway, checks, Thread::sleep,
                new CachedCalls(new DatabaseCache(jdbc, clock)), prices);
        return new RunEngine(new RunStore(jdbc, clock, prices), transactions, executor, new PromptStore(jdbc, clock),
                new SuiteStore(jdbc, clock));
    }

    /** The statistics of the runs stored on this database, priced at {@code prices}. */
    public static SuiteResults results(JdbcClient jdbc, Clock clock, PriceTable prices) {
        return results(new RunStore(jdbc, clock, prices));
    }

    static SuiteResults results(RunStore store) {
        return new SuiteResults(new StoredRunResults(store));
    }
}
