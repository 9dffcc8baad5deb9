package dev.promptsmith.run;

import dev.promptsmith.check.CheckEngine;
import dev.promptsmith.model.ModelGateway;
import dev.promptsmith.prompt.PromptStore;
import dev.promptsmith.run.cache.CachedCalls;
import dev.promptsmith.run.cache.DatabaseCache;
import dev.promptsmith.run.store.RunStore;
import dev.promptsmith.suite.SuiteStore;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The run engine of the app: the same parts the command line puts together by hand. */
@Configuration(proxyBeanMethods = false)
class RunConfiguration {

    @Bean
    RunStore runStore(JdbcClient jdbc, Clock clock) {
        return new RunStore(jdbc, clock);
    }

    @Bean
    DatabaseCache responseCache(JdbcClient jdbc, Clock clock) {
        return new DatabaseCache(jdbc, clock);
    }

    @Bean
    RunEngine runEngine(RunStore store, TransactionTemplate transactions, ModelGateway gateway, CheckEngine checks,
                        DatabaseCache cache, PromptStore prompts, SuiteStore suites) {
        SuiteExecutor executor = new SuiteExecutor(gateway, checks, Thread::sleep, new CachedCalls(cache));
        return new RunEngine(store, transactions, executor, prompts, suites);
    }
}
