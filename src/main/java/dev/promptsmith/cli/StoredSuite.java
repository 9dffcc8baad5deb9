package dev.promptsmith.cli;

import dev.promptsmith.prompt.PromptStore;
import dev.promptsmith.suite.SuitePrompt;
import dev.promptsmith.suite.SuiteStore;
import dev.promptsmith.suite.SuiteVersion;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Stores a suite file and its prompts as the app's import does, so the run refers to stored versions. */
record StoredSuite(PromptStore prompts, SuiteStore suites, TransactionTemplate transactions) {

    StoredSuite(JdbcClient jdbc, TransactionTemplate transactions) {
        this(new PromptStore(jdbc, Clock.systemUTC()), new SuiteStore(jdbc, Clock.systemUTC()), transactions);
    }

    /** Adds versions where the files changed; the suite version that matches the file. */
    SuiteVersion record(SuiteFile file) {
        return transactions.execute(status -> {
            List<Long> ids = new ArrayList<>();
            for (SuitePrompt prompt : file.suite().prompts()) {
                prompts.record(prompt.document(), prompt.path(), "run from the command line");
                ids.add(prompts.summary(prompt.key()).orElseThrow().id());
            }
            suites.record(file.suite(), file.file().toString(), ids);
            return suites.latest(file.suite().name()).orElseThrow();
        });
    }
}
