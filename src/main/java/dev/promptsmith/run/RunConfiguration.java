package dev.promptsmith.run;

import dev.promptsmith.check.CheckEngine;
import dev.promptsmith.model.ModelGateway;
import dev.promptsmith.model.PriceTable;
import dev.promptsmith.run.cache.DatabaseCache;
import dev.promptsmith.run.store.RunStore;
import dev.promptsmith.suite.results.SuiteResults;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The run engine of the app, put together as the command line's ({@link RunEngines}). */
@Configuration(proxyBeanMethods = false)
class RunConfiguration {

    @Bean
    RunStore runStore(JdbcClient jdbc, Clock clock, PriceTable prices) {
        return new RunStore(jdbc, clock, prices);
    }

    @Bean
    DatabaseCache responseCache(JdbcClient jdbc, Clock clock) {
        return new DatabaseCache(jdbc, clock);
    }

    @Bean
    RunEngine runEngine(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, ModelGateway gateway,
                        CheckEngine checks, PriceTable prices) {
        return RunEngines.of(jdbc, transactions, clock, gateway, checks, prices);
    }

    /** The suite's statistics, read from this engine's store. */
    @Bean
    SuiteResults suiteResults(RunEngine engine) {
        return RunEngines.results(engine.store());
    }
}
