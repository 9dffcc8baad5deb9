package dev.promptsmith.cli;

import dev.promptsmith.check.CheckEngine;
import dev.promptsmith.check.CheckResult;
import dev.promptsmith.check.UnknownCheckException;
import dev.promptsmith.model.EnvironmentApiKeys;
import dev.promptsmith.model.LangChainGateway;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.PriceTable;
import dev.promptsmith.model.ProviderIds;
import dev.promptsmith.prompt.PromptDocument;
import dev.promptsmith.prompt.PromptyParser;
import dev.promptsmith.run.CaseStats;
import dev.promptsmith.run.Cell;
import dev.promptsmith.run.CellResult;
import dev.promptsmith.run.RunPlan;
import dev.promptsmith.run.RetryPolicy;
import dev.promptsmith.run.RunReport;
import dev.promptsmith.run.SuiteExecutor;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.testcase.PromptRef;
import dev.promptsmith.testcase.SuiteDocument;
import dev.promptsmith.testcase.SuiteParser;
import dev.promptsmith.testcase.TestCaseDefinition;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Runs a suite headless, for CI: every prompt x test x model x repeat, checked; progress on the
 * terminal, JUnit XML and JSON on request. Exit 0 when the pass rate reaches --fail-under (all
 * cells by default), 1 when it does not, 2 when the suite cannot be run as written.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs a suite (a promptfoo config in testcases/) against its providers and checks every output. "
                + "Exit code 0: passed; 1: the pass rate is under --fail-under; 2: the suite cannot be run.")
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The suite file, e.g. testcases/invoice-to-json.yaml.")
    private Path file;

    @Option(names = {"-j", "--max-concurrency"}, paramLabel = "N",
            description = "Model calls at once (default: evaluateOptions.maxConcurrency, else 4).")
    private Integer concurrency;

    @Option(names = "--repeat", paramLabel = "N", description = "Times each test runs on each model (default 1).")
    private Integer repeat;

    @Option(names = "--model", paramLabel = "ID", description = "Run on this provider id instead of the suite's (repeatable).")
    private List<String> models = new ArrayList<>();

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

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120", description = "Time-out of one model call.")
    private long timeoutSeconds;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out, err);
        } catch (Unrunnable e) {
            e.problems.forEach(err::println);
            err.flush();
            return 2;
        }
    }

    private int run(PrintWriter out, PrintWriter err) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new Unrunnable(List.of("run: " + file + " is not a file"));
        }
        Path workspace = workspace(file);
        String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        SuiteDocument suite;
        try {
            suite = new SuiteParser().parse(file.toString(), name, Files.readString(file));
        } catch (InvalidFileException e) {
            throw new Unrunnable(e.problems().stream().map(Object::toString).toList());
        }
        suite.warnings().forEach(w -> err.println(file + ":" + Math.max(1, w.line()) + ": warning: " + w.message()));
        List<PromptDocument> prompts = prompts(suite, workspace);
        List<ModelTarget> targets = targets(suite);
        checkTypes(suite);
        int repeats = repeat != null ? repeat : number(suite.options().get("repeat"), 1);
        int parallel = concurrency != null ? concurrency : number(suite.options().get("maxConcurrency"), 4);
        if (repeats < 1 || parallel < 1) {
            throw new Unrunnable(List.of("run: --repeat and --max-concurrency must be at least 1"));
        }

        LangChainGateway gateway = new LangChainGateway(new EnvironmentApiKeys(System::getenv, targets), new PriceTable(),
                Duration.ofSeconds(timeoutSeconds));
        if (retries < 0) {
            throw new Unrunnable(List.of("run: --retries cannot be negative"));
        }
        SuiteExecutor executor = new SuiteExecutor(gateway, CheckEngine.standard(gateway, null,
                System.getenv("PROMPTSMITH_JUDGE")), RetryPolicy.standard(retries), Thread::sleep);
        List<Cell> cells = RunPlan.cells(prompts, suite.tests(), targets, repeats);
        out.printf("Running %s: %d prompts x %d tests x %d models x %d repeats = %d cells, %d at a time%n", name,
                prompts.size(), suite.tests().size(), targets.size(), repeats, cells.size(), parallel);
        out.flush();
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        List<CellResult> results = executor.run(cells, suite.defaultTest(), parallel, result -> {
            synchronized (out) {
                out.printf("[%d/%d] %s %s%s%n", done.incrementAndGet(), cells.size(), result.passed() ? "PASS" : "FAIL",
                        result.cell().name(), result.passed() ? "" : ": " + why(result));
                out.flush();
            }
        });
        RunReport report = new RunReport(name, results, Duration.ofNanos(System.nanoTime() - start));
        out.printf("%d/%d passed (%.1f%%), %d errors, cost $%s, %.1f s%n", report.passed(), results.size(),
                report.passRate() * 100, report.errors(), report.cost().stripTrailingZeros().toPlainString(),
                report.duration().toMillis() / 1000.0);
        List<CaseStats> flaky = report.cases().stream().filter(CaseStats::flaky).toList();
        if (!flaky.isEmpty()) {
            out.println("FLAKY (repeats disagree):");
            flaky.forEach(c -> out.printf("  %s [%s]: %d/%d passed, 95%% interval %.2f-%.2f%n",
                    c.description().isBlank() ? "test " + (c.test() + 1) : c.description(), c.model(), c.passed(), c.runs(),
                    c.low(), c.high()));
        }
        if (junit != null) {
            report.writeJunit(junit);
        }
        if (json != null) {
            report.writeJson(json);
        }
        boolean pass = report.passRate() >= failUnder;
        out.println(pass ? "PASSED" : "FAILED: the pass rate is under " + failUnder);
        out.flush();
        return pass ? 0 : 1;
    }

    private static String why(CellResult result) {
        if (result.error() != null) {
            return result.error();
        }
        return result.verdict().checks().stream().filter(c -> !c.pass()).map(CheckResult::reason).findFirst()
                .orElse("score " + result.verdict().score() + " is under the case's threshold");
    }

    /** The folder with prompts/: the suite's folder's parent when the suite is in testcases/, else its folder. */
    private static Path workspace(Path suiteFile) {
        Path folder = suiteFile.toAbsolutePath().normalize().getParent();
        return folder.getFileName() != null && folder.getFileName().toString().equals("testcases")
                ? folder.getParent() : folder;
    }

    private List<PromptDocument> prompts(SuiteDocument suite, Path workspace) throws IOException {
        PromptyParser parser = new PromptyParser();
        List<PromptDocument> prompts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (PromptRef ref : suite.prompts()) {
            try {
                if (ref.inline()) {
                    prompts.add(parser.parseInline(file.toString(), ref.line(), ref.promptName(), ref.inlineText()));
                    continue;
                }
                Path prompt = workspace.resolve("prompts").resolve(ref.promptName() + PromptyParser.EXTENSION);
                if (!Files.isRegularFile(prompt)) {
                    problems.add(file + ":" + ref.line() + ": prompt '" + ref.promptName() + "' is not in " + prompt);
                    continue;
                }
                prompts.add(parser.parse(prompt.toString(), ref.promptName(), Files.readString(prompt)));
            } catch (InvalidFileException e) {
                e.problems().forEach(p -> problems.add(p.toString()));
            }
        }
        if (!problems.isEmpty()) {
            throw new Unrunnable(problems);
        }
        return prompts;
    }

    private List<ModelTarget> targets(SuiteDocument suite) {
        List<ModelTarget> targets = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Map<String, Object>> providers = models.isEmpty() ? suite.providers()
                : models.stream().map(id -> Map.<String, Object>of("id", id)).toList();
        for (Map<String, Object> provider : providers) {
            @SuppressWarnings("unchecked")
            Map<String, ?> config = provider.get("config") instanceof Map<?, ?> c ? (Map<String, ?>) c : Map.of();
            Object label = provider.get("label");
            try {
                targets.add(ProviderIds.parse(String.valueOf(provider.get("id")), label == null ? null : label.toString(),
                        config));
            } catch (IllegalArgumentException e) {
                problems.add(file + ": " + e.getMessage());
            }
        }
        if (targets.isEmpty() && problems.isEmpty()) {
            problems.add(file + ": the suite names no providers; add 'providers' or pass --model");
        }
        if (!problems.isEmpty()) {
            throw new Unrunnable(problems);
        }
        return targets;
    }

    private void checkTypes(SuiteDocument suite) {
        var registry = dev.promptsmith.check.types.CheckTypes.namesOnly();
        List<String> problems = new ArrayList<>();
        List<Object> all = new ArrayList<>();
        if (suite.defaultTest().get("assert") instanceof List<?> defaults) {
            all.addAll(defaults);
        }
        for (TestCaseDefinition test : suite.tests()) {
            all.addAll(test.checks());
        }
        for (Object check : all) {
            if (check instanceof Map<?, ?> map) {
                try {
                    registry.get(String.valueOf(map.get("type")));
                } catch (UnknownCheckException e) {
                    problems.add(file + ": " + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new Unrunnable(problems.stream().distinct().toList());
        }
    }

    private static int number(Object value, int fallback) {
        return value instanceof Number n ? n.intValue() : fallback;
    }

    /** The suite cannot be run as written; the problems say why. */
    private static final class Unrunnable extends RuntimeException {

        private final List<String> problems;

        Unrunnable(List<String> problems) {
            super(problems.getFirst(), null, false, false);
            this.problems = problems;
        }
    }
}
