package dev.promptsmith.exchange;

import dev.promptsmith.prompt.PromptDocument;
import dev.promptsmith.prompt.PromptStore;
import dev.promptsmith.shared.FileProblem;
import dev.promptsmith.shared.InputLimits;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.suite.SuitePrompt;
import dev.promptsmith.suite.SuiteDocument;
import dev.promptsmith.suite.SuiteStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a workspace's {@code prompts/} and {@code testcases/} into the database. Unchanged
 * files add nothing; a changed file adds one version; a bad file is reported with file and
 * line and the others still import. Each file is imported in its own transaction, so a file
 * is either wholly imported or not at all.
 */
@Service
public class WorkspaceImporter {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceImporter.class);

    private final PromptStore prompts;
    private final SuiteStore suites;
    private final TransactionTemplate transactions;
    private final InputLimits limits;
    private volatile ImportReport lastReport = ImportReport.NONE;

    /** With the limits set for this process ({@link InputLimits#configured()}). */
    @Autowired
    public WorkspaceImporter(PromptStore prompts, SuiteStore suites, TransactionTemplate transactions) {
        this(prompts, suites, transactions, InputLimits.configured());
    }

    public WorkspaceImporter(PromptStore prompts, SuiteStore suites, TransactionTemplate transactions,
                             InputLimits limits) {
        this.prompts = prompts;
        this.suites = suites;
        this.transactions = transactions;
        this.limits = limits;
    }

    /** The report of the latest import, for the screens. */
    public ImportReport lastReport() {
        return lastReport;
    }

    /** Runs {@code work} while no import runs, so an import sees the files before the work or after it, never between. */
    public synchronized <T> T exclusive(java.util.function.Supplier<T> work) {
        return work.get();
    }

    /** One import at a time: the start-up import and the watcher may ask at once. */
    public synchronized ImportReport importWorkspace(Path workspace) {
        WorkspaceReader.Scan scan = new WorkspaceReader(limits).read(workspace);
        List<FileProblem> errors = new ArrayList<>(scan.errors());
        List<FileProblem> warnings = new ArrayList<>(scan.warnings());
        int promptVersions = 0;
        for (WorkspaceReader.Parsed<PromptDocument> prompt : scan.prompts()) {
            Optional<Boolean> added = inTransaction(prompt.path(), errors, () ->
                    prompts.record(prompt.document(), prompt.path(), "imported from " + prompt.path()).isPresent());
            promptVersions += added.orElse(false) ? 1 : 0;
        }
        int suiteVersions = 0;
        for (WorkspaceReader.Parsed<SuiteDocument> suite : scan.suites()) {
            Optional<Boolean> added = inTransaction(suite.path(), errors, () -> recordSuite(suite));
            suiteVersions += added.orElse(false) ? 1 : 0;
        }
        ImportReport report = new ImportReport(List.copyOf(errors), List.copyOf(warnings), promptVersions, suiteVersions);
        report.errors().forEach(problem -> log.warn("Not imported: {}", problem));
        report.warnings().forEach(problem -> log.info("Import warning: {}", problem));
        log.info("Imported {}: {} new prompt versions, {} new suite versions, {} files not imported",
                workspace.toAbsolutePath().normalize(), promptVersions, suiteVersions,
                report.errors().stream().map(FileProblem::file).distinct().count());
        lastReport = report;
        return report;
    }

    private boolean recordSuite(WorkspaceReader.Parsed<SuiteDocument> suite) throws InvalidFileException {
        SuiteDocument document = suite.document();
        List<Long> promptIds = new ArrayList<>();
        for (SuitePrompt prompt : document.prompts()) {
            prompts.record(prompt.document(), prompt.path(), prompt.fromPromptsFolder()
                    ? "imported from " + prompt.path() : "prompt of " + suite.path());
            promptIds.add(prompts.summary(prompt.key()).orElseThrow().id());
        }
        return suites.record(document, suite.path(), promptIds).isPresent();
    }

    private interface FileWork {
        boolean run() throws InvalidFileException;
    }

    /** Runs the work for one file in a transaction; any problem rolls the whole file back. */
    private Optional<Boolean> inTransaction(String path, List<FileProblem> errors, FileWork work) {
        try {
            return Optional.ofNullable(transactions.execute(status -> {
                try {
                    return work.run();
                } catch (InvalidFileException e) {
                    throw new RolledBack(e);
                }
            }));
        } catch (RolledBack e) {
            errors.addAll(e.cause.problems());
        } catch (DataAccessException e) {
            errors.add(new FileProblem(path, 0, "could not be stored: " + e.getMostSpecificCause().getMessage()));
        }
        return Optional.empty();
    }

    /** Carries a file's problems out of the transaction callback, which rolls back on it. */
    private static final class RolledBack extends RuntimeException {

        private final InvalidFileException cause;

        RolledBack(InvalidFileException cause) {
            super(cause.getMessage(), null, false, false);
            this.cause = cause;
        }
    }
}
