package dev.promptsmith.cli;

import dev.promptsmith.suite.results.CaseStats;
import dev.promptsmith.exchange.RunReportJson;
import dev.promptsmith.suite.results.SuiteResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** What {@code --baseline} names: a stored run by its id, or a result file of an earlier {@code --json}. */
final class BaselineSource {

    private BaselineSource() {
    }

    static List<CaseStats> read(String value, Supplier<SuiteResults> results) {
        if (value.matches("\\d+")) {
            return results.get().cases(Long.parseLong(value)).orElseThrow(() -> new SuiteFile.Unrunnable(List.of(
                    "run: --baseline " + value + ": there is no run " + value + " in the database")));
        }
        Path file = Path.of(value);
        if (!Files.isRegularFile(file)) {
            throw new SuiteFile.Unrunnable(List.of("run: --baseline " + value + " is neither a run id nor a file"));
        }
        try {
            return RunReportJson.readCases(file);
        } catch (IOException | RuntimeException e) {
            throw new SuiteFile.Unrunnable(List.of("run: --baseline " + value + ": " + e.getMessage()));
        }
    }
}
