package dev.promptsmith.prompt;

import java.nio.file.Path;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The editor's save path without Spring, writing {@code prompts/NAME.prompty} under {@code workspace}. */
public final class PromptVersionsForTests {

    private PromptVersionsForTests() {
    }

    public static PromptVersions of(JdbcClient jdbc, TransactionTemplate transactions, Path workspace) {
        return new PromptVersions(new PromptStore(jdbc, java.time.Clock.systemUTC()), new PromptEditor(),
                new PromptFiles(workspace.toString(), true), transactions, "tester");
    }
}
