package dev.promptsmith.cli;

import com.zaxxer.hikari.HikariDataSource;
import dev.promptsmith.check.CheckResult;
import dev.promptsmith.check.types.StandardChecks;
import dev.promptsmith.model.EnvironmentApiKeys;
import dev.promptsmith.model.LangChainGateway;
import dev.promptsmith.model.PriceTable;
import dev.promptsmith.run.ActiveRun;
import dev.promptsmith.suite.results.CaseStats;
import dev.promptsmith.run.CellResult;
import dev.promptsmith.run.NamedMetrics;
import dev.promptsmith.run.PromptLabels;
import dev.promptsmith.exchange.ResultFormats;
import dev.promptsmith.exchange.RunReportJson;
import dev.promptsmith.exchange.RunReportJunit;
import dev.promptsmith.suite.results.RunComparison;
import dev.promptsmith.run.RunEngine;
import dev.promptsmith.run.RunEngines;
import dev.promptsmith.run.RunReport;
import dev.promptsmith.run.RunSettings;
import dev.promptsmith.run.RunSpec;
import dev.promptsmith.suite.DerivedMetric;
import dev.promptsmith.suite.results.CiRule;
import dev.promptsmith.suite.results.SuiteResults;
import dev.promptsmith.sweep.ModelSweep;
import dev.promptsmith.sweep.SweepAnalysis;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Runs a suite headless, for CI: every prompt x test x model x repeat, checked; progress on the
 * terminal, JUnit XML and JSON on request; every result stored in the database as it completes,
 * as a run the app shows. Exit 0 when the pass rate reaches --fail-under (all cells by default)
 * and nothing regressed significantly against --baseline, 1 when not or when the run was stopped
 * (its --deadline, SIGTERM, Ctrl-C; the reports then hold what finished), 2 when the suite cannot
 * be run as written or a report (--junit, --json, the suite's outputPath) cannot be written.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs a suite (a promptfoo config in testcases/) against its providers and checks every output. "
                + "Exit code 0: passed; 1: the pass rate is under --fail-under, a case regressed significantly "
                + "against --baseline, or the run was stopped (--deadline, SIGTERM, Ctrl-C: the reports then list the "
                + "cells that finished); 2: the suite cannot be run, or a report (--junit, --json, the suite's outputPath) "
                + "cannot be written.")
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The suite file, e.g. testcases/invoice-to-json.yaml.")
    private Path file;

    @Option(names = {"-j", "--max-concurrency"}, paramLabel = "N",
            description = "Model calls at once (default: evaluateOptions.maxConcurrency, else 4).")
    private Integer concurrency;

    @Option(names = "--max-per-provider", paramLabel = "N",
            description = "Calls at once to one provider endpoint (default: as -j); it halves on a 429 and grows back.")
    private Integer perProvider;

    @Option(names = "--repeat", paramLabel = "N", description = "Times each test runs on each model (default 1).")
    private Integer repeat;

    @Option(names = "--model", paramLabel = "ID", description = "Run on this provider id instead of the suite's "
            + "(repeatable; the same as --providers ID).")
    private List<String> models = new ArrayList<>();

    @Option(names = {"-r", "--providers"}, paramLabel = "ID|FILE", description = "Run on these providers instead of "
            + "the suite's, as promptfoo's -r: a provider id, or a YAML file with a list of providers (repeatable; "
            + "with --model, all of them).")
    private List<String> providers = new ArrayList<>();

    @Mixin
    private ModelCallOptions modelCalls;

    @Option(names = "--junit", paramLabel = "FILE", description = "Write JUnit XML here.")
    private Path junit;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the results as JSON here.")
    private Path json;

    @Option(names = "--fail-under", paramLabel = "RATE", defaultValue = "1.0",
            description = "Pass when at least this share of cells passes (default 1.0: all).")
    private double failUnder;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "2",
            description = "Retries of a call that failed for a passing reason (429, 5xx, time-out); 0 for none.")
    private int retries;

    @Option(names = "--max-retry-after", paramLabel = "SECONDS", defaultValue = "60",
            description = "The longest wait a provider's Retry-After is obeyed for (default 60); a cell asked to wait "
                    + "longer fails at once as rate limited, and no back-off is longer.")
    private long maxRetryAfterSeconds;

    @Option(names = "--deadline", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop the run after this long: 90 or 90s (seconds), 30m, 2h. Calls in flight are cancelled, "
                    + "the run is stored as cancelled, the reports list the cells that finished, and the exit code is 1.")
    private Duration deadline;

    @Option(names = "--max-answer-size", paramLabel = "SIZE", defaultValue = "4MB", converter = DataSizeConverter.class,
            description = "The largest answer taken from a model (default 4MB; e.g. 512KB, 16MB); a larger one is cut "
                    + "there, is an error of its cell and is not retried.")
    private DataSize maxAnswerSize;

    @Option(names = "--no-cache", negatable = false, description = "Call the models even for requests answered before.")
    private boolean noCache;

    @Mixin
    private DatabaseOption database;

    @Option(names = "--baseline", paramLabel = "RUN-ID|FILE",
            description = "Compare with this stored run, or with a result file written by --json.")
    private String baseline;

    @Option(names = "--save-baseline", negatable = false,
            description = "Make this run the suite's baseline, which later runs and the app compare with.")
    private boolean saveBaseline;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out, err);
        } catch (SuiteFile.Unrunnable e) {
            e.problems.forEach(err::println);
            err.flush();
            return 2;
        }
    }

    private int run(PrintWriter out, PrintWriter err) throws IOException {
        CiRule ciRule;
        try {
            ciRule = new CiRule(failUnder);
        } catch (IllegalArgumentException e) {
            throw new SuiteFile.Unrunnable(List.of("run: --fail-under: " + e.getMessage()));
        }
        // the database opens (and a new one is migrated) while the suite is read and its models built
        Path folder = database.folder();
        CompletableFuture<HikariDataSource> opening = CompletableFuture.supplyAsync(() -> LocalDatabase.open(folder),
                task -> Thread.ofPlatform().name("database-open").start(task));
        SuiteFile suiteFile;
        RunSettings settings;
        Map<Path, String> resultFiles;
        LangChainGateway gateway;
        try {
            List<String> given = new ArrayList<>(models);
            given.addAll(providers);
            suiteFile = SuiteFile.read(file, given, modelCalls.providerBaseUrl());
            suiteFile.suite().warnings()
                    .forEach(w -> err.println(w.file() + ":" + Math.max(1, w.line()) + ": warning: " + w.message()));
            settings = settings(suiteFile);
            resultFiles = suiteFile.resultFiles();
            gateway = new LangChainGateway(new EnvironmentApiKeys(System::getenv, suiteFile.targets()),
                    new PriceTable(), modelCalls.timeout(), maxAnswerSize);
            gateway.prepare(suiteFile.targets());
        } catch (IOException | RuntimeException e) {
            // the file's problems come first; the database is closed once open, never in the middle of a migration
            opening.handle((dataSource, failure) -> {
                if (dataSource != null) {
                    dataSource.close();
                }
                return null;
            }).join();
            throw e;
        }
        // closed last: a SIGTERM lets the JVM go once the reports are written and the database is closed
        try (Interruption interruption = new Interruption(); gateway; HikariDataSource dataSource = opened(opening)) {
            return run(suiteFile, settings, ciRule, resultFiles, gateway, dataSource, out, err, interruption);
        }
    }

    private static HikariDataSource opened(CompletableFuture<HikariDataSource> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private int run(SuiteFile suiteFile, RunSettings settings, CiRule ciRule, Map<Path, String> resultFiles, LangChainGateway gateway,
                    DataSource dataSource, PrintWriter out, PrintWriter err, Interruption interruption) throws IOException {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        // the prices the app stores: a price set on the Models screen prices this run and earlier ones
        PriceTable prices = PriceTable.stored(jdbc, Clock.systemUTC());
        SuiteResults suiteResults = RunEngines.results(jdbc, Clock.systemUTC(), prices);
        List<CaseStats> before = baseline == null ? null : BaselineSource.read(baseline, () -> suiteResults);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        RunEngine engine = RunEngines.of(jdbc, transactions, Clock.systemUTC(), gateway, StandardChecks.engine(gateway,
                null, System.getenv("PROMPTSMITH_JUDGE"), suiteFile.scripts()), prices);
        StoredSuite stored = new StoredSuite(jdbc, transactions);
        RunSpec runSpec = engine.spec(stored.record(suiteFile), suiteFile.targets(), settings);

        String name = suiteFile.suite().name();
        int cells = runSpec.cellCount();
        if (cells == 0) {
            // a run of nothing would "pass": in CI that hides a suite that tests nothing
            throw new SuiteFile.Unrunnable(List.of(suiteFile.file() + ": the suite plans no cell (" + runSpec.prompts().size()
                    + " prompts x " + runSpec.tests().size() + " tests x " + runSpec.models().size() + " models)"));
        }
        out.printf("Running %s: %d prompts x %d tests x %d models x %d repeats = %d cells, %d at a time%n", name,
                runSpec.prompts().size(), runSpec.tests().size(), runSpec.models().size(), settings.repeats(), cells,
                settings.concurrency());
        out.flush();
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        ActiveRun run = engine.start(runSpec, "command-line", result -> {
            synchronized (out) {
                out.printf("[%d/%d] %s %s%s%n", done.incrementAndGet(), cells, result.passed() ? "PASS" : "FAIL",
                        result.cell().name(), result.passed() ? "" : ": " + why(result));
                out.flush();
            }
        });
        interruption.follow(run);
        List<CellResult> results = run.await();
        RunReport report = new RunReport(name, run.id(), results, Duration.ofNanos(System.nanoTime() - start));
        long cached = results.stream().filter(CellResult::cached).count();
        out.printf("Run %d: %d/%d passed (%.1f%%), %d errors, %d from the cache, cost $%s, %.1f s%n", run.id(),
                report.passed(), results.size(), report.passRate() * 100, report.errors(), cached,
                report.cost().stripTrailingZeros().toPlainString(), report.duration().toMillis() / 1000.0);
        PromptLabels labels = PromptLabels.of(results);
        if (report.models().size() > 1 || runSpec.prompts().size() > 1) {
            report.models().forEach(m -> out.printf("  %s on %s: %d/%d passed (%.1f%%), mean score %.2f, latency p50 %d ms"
                            + " p95 %d ms, %d tokens, $%s%n", labels.of(m.prompt()), m.model(), m.passed(), m.cells(),
                    m.passRate() * 100, m.meanScore(), m.latencyP50Ms(), m.latencyP95Ms(), m.tokens(),
                    m.costUsd().stripTrailingZeros().toPlainString()));
        }
        for (NamedMetrics metrics : NamedMetrics.of(results, suiteFile.suite().derivedMetrics())) {
            List<String> shown = new ArrayList<>();
            metrics.means().forEach((metric, mean) -> shown.add("%s %.2f (%d)".formatted(metric, mean,
                    metrics.counts().get(metric))));
            metrics.derived().forEach((metric, value) -> shown.add(metric + " " + (Double.isFinite(value)
                    ? "%.4g".formatted(value) : "no value (division by zero)")));
            out.printf("  metrics of %s on %s: %s%n", labels.of(metrics.prompt()), metrics.model(),
                    String.join(", ", shown));
        }
        JsonRatesPrinter.print(report.models(), labels, out);
        if (runSpec.models().size() > 1) {
            ModelSweep sweep = SweepAnalysis.of(results.stream().map(CellResult::sample).toList());
            out.println("MODELS: " + sweep.recommended().map(model -> "use " + model + ". ").orElse("") + sweep.reason()
                    + " (browser: /runs/" + run.id() + "/sweep)");
        }
        if (run.retryAfterRefusals() > 0) {
            out.printf("RATE LIMITED: %d cells failed at once: the provider asked to wait up to %d s, longer than "
                    + "--max-retry-after (%d s)%n", run.retryAfterRefusals(), run.longestRetryAfter().toSeconds(),
                    settings.maxRetryAfter().toSeconds());
        }
        List<CaseStats> flaky = report.cases().stream().filter(CaseStats::flaky).toList();
        if (!flaky.isEmpty()) {
            out.println("FLAKY (repeats disagree):");
            flaky.forEach(c -> out.printf("  %s [%s]: %d/%d passed, 95%% interval %.2f-%.2f%n", c.description(),
                    c.model(), c.passed(), c.runs(), c.low(), c.high()));
        }
        List<String> unwritten = new ArrayList<>();
        List<DerivedMetric> derived = suiteFile.suite().derivedMetrics();
        if (junit != null) {
            write(junit, () -> RunReportJunit.write(report, junit), unwritten);
        }
        if (json != null) {
            write(json, () -> RunReportJson.write(report, json, derived), unwritten);
        }
        resultFiles.forEach((path, format) -> write(path, () -> ResultFormats.write(report, derived, path, format),
                unwritten));
        if (saveBaseline && run.stopReason().isEmpty()) {
            suiteResults.markBaseline(run.id());
            out.println("Run " + run.id() + " is now the baseline of " + name);
        }
        RunComparison comparison = null;
        if (before != null) {
            comparison = RunComparison.of(before, report.cases());
            ComparisonPrinter.print(comparison, baseline, out);
        }
        if (run.stopReason().isPresent()) {
            out.printf("STOPPED: %s; %d of %d cells finished%s%n", run.stopReason().get(), results.size(), cells,
                    junit != null || json != null || !resultFiles.isEmpty() ? ", the reports list those" : "");
            out.flush();
            return unwritten(unwritten, err, 1);
        }
        CiRule.Verdict verdict = ciRule.judge(report.passRate(), comparison);
        out.println(verdict.line());
        out.flush();
        return unwritten(unwritten, err, verdict.passed() ? 0 : 1);
    }

    private interface Report {
        void write() throws IOException;
    }

    /** Writes one report; a file that cannot be written is noted, and the other reports are still written. */
    private static void write(Path file, Report report, List<String> unwritten) {
        try {
            report.write();
        } catch (IOException e) {
            unwritten.add("run: cannot write the results to " + file + ": " + ReportFailure.reason(e));
        }
    }

    /** Exit 2 when a report could not be written: the run is stored, but what CI reads is missing. */
    private static int unwritten(List<String> unwritten, PrintWriter err, int exitCode) {
        unwritten.forEach(err::println);
        err.flush();
        return unwritten.isEmpty() ? exitCode : 2;
    }

    private RunSettings settings(SuiteFile suiteFile) {
        int repeats = repeat != null ? repeat : number(suiteFile.suite().options().get("repeat"), 1);
        int parallel = concurrency != null ? concurrency : number(suiteFile.suite().options().get("maxConcurrency"), 4);
        try {
            return new RunSettings(repeats, parallel, perProvider == null ? parallel : perProvider, retries,
                    modelCalls.timeout(), !noCache, Duration.ofSeconds(maxRetryAfterSeconds), deadline);
        } catch (IllegalArgumentException e) {
            throw new SuiteFile.Unrunnable(List.of("run: " + e.getMessage()));
        }
    }

    private static String why(CellResult result) {
        if (result.error() != null) {
            return result.error();
        }
        return result.verdict().checks().stream().filter(c -> !c.pass()).map(CheckResult::reason).findFirst()
                .orElse("score " + result.verdict().score() + " is under the case's threshold");
    }

    private static int number(Object value, int fallback) {
        return value instanceof Number n ? n.intValue() : fallback;
    }
}
