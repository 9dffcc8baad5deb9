package dev.promptsmith.cli;

import com.zaxxer.hikari.HikariDataSource;
import dev.promptsmith.check.types.StandardChecks;
import dev.promptsmith.model.EnvironmentApiKeys;
import dev.promptsmith.model.LangChainGateway;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.PriceTable;
import dev.promptsmith.optimize.Budget;
import dev.promptsmith.optimize.Candidate;
import dev.promptsmith.optimize.Gain;
import dev.promptsmith.optimize.OptimizationRefusedException;
import dev.promptsmith.optimize.OptimizationRequest;
import dev.promptsmith.optimize.OptimizationSnapshot;
import dev.promptsmith.optimize.Optimizations;
import dev.promptsmith.optimize.TrajectoryPoint;
import dev.promptsmith.prompt.PromptStore;
import dev.promptsmith.prompt.PromptSummary;
import dev.promptsmith.prompt.PromptVersion;
import dev.promptsmith.suite.results.Significance;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Optimizes one prompt of a suite headless, as the browser does: prints a line per round, then the best's scores and
 * whether its gain over the start is significant. When the best beats the start on validation it is written to
 * {@code prompts/NAME.prompty} and stored as the prompt's newest version. Exit 0 when the best passes every
 * validation case or its gain is significant; 1 when not (no improvement, or one that could be chance); 2 on a
 * usage or configuration error.
 */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = "Optimizes a prompt against a suite's cases, holding some out for validation. Exit code 0: the "
                + "best prompt passes every validation case, or its gain over the start is significant (Fisher's "
                + "exact test, p < 0.05); 1: no such improvement; 2: the suite, prompt, models or options are wrong.")
final class OptimizeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SUITE", description = "The suite file, e.g. testcases/invoice-to-json.yaml.")
    private Path file;

    @Option(names = "--prompt", paramLabel = "NAME", required = true, description = "The suite's prompt to optimize.")
    private String prompt;

    @Option(names = "--model", paramLabel = "ID", required = true,
            description = "A target model's provider id (repeatable): every candidate is scored on all of them.")
    private List<String> models = new ArrayList<>();

    @Option(names = "--proposer", paramLabel = "ID", description = "The model that writes candidates (default: the "
            + "first --model).")
    private String proposer;

    @Mixin
    private ModelCallOptions modelCalls;

    @Option(names = "--budget-calls", paramLabel = "N", required = true, description = "Model calls at most, all of "
            + "them: scoring, proposals and judges.")
    private int budgetCalls;

    @Option(names = "--budget-cost", paramLabel = "USD", description = "The most it may cost.")
    private BigDecimal budgetCost;

    @Option(names = "--budget-time", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long it may run: 90 or 90s, 30m, 2h.")
    private Duration budgetTime;

    @Option(names = "--validation-split", paramLabel = "SHARE", defaultValue = "0.3",
            description = "The share of cases held out for validation (default 0.3).")
    private double validationSplit;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Decides the split and the choices.")
    private long seed;

    @Option(names = "--candidates", paramLabel = "N", defaultValue = "3", description = "Candidates per round.")
    private int candidates;

    @Mixin
    private DatabaseOption database;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return optimize(out, err);
        } catch (SuiteFile.Unrunnable e) {
            e.problems.forEach(err::println);
            err.flush();
            return 2;
        } catch (OptimizationRefusedException | IllegalArgumentException e) {
            err.println("optimize: " + e.getMessage());
            err.flush();
            return 2;
        }
    }

    private int optimize(PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        Budget budget = new Budget(budgetCalls, budgetCost, budgetTime);
        SuiteFile suiteFile = SuiteFile.read(file, models, modelCalls.providerBaseUrl());
        ModelTarget proposerTarget = proposer == null ? suiteFile.targets().getFirst()
                : SuiteFile.read(file, List.of(proposer), modelCalls.providerBaseUrl()).targets().getFirst();
        List<ModelTarget> all = new ArrayList<>(suiteFile.targets());
        all.add(proposerTarget);
        try (LangChainGateway gateway = new LangChainGateway(new EnvironmentApiKeys(System::getenv, all),
                new PriceTable(), modelCalls.timeout(), DataSize.ofMegabytes(4));
             HikariDataSource dataSource = LocalDatabase.open(database.folder())) {
            gateway.prepare(all);
            JdbcClient jdbc = JdbcClient.create(dataSource);
            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            StoredSuite stored = new StoredSuite(jdbc, transactions);
            stored.record(suiteFile);
            PromptStore prompts = new PromptStore(jdbc, Clock.systemUTC());
            List<String> unreadable = transactions.execute(status -> {
                try {
                    return MetaPromptFiles.record(suiteFile.workspace(), prompts);
                } catch (IOException e) {
                    return List.of(suiteFile.workspace().resolve("prompts") + ": " + e.getMessage());
                }
            });
            if (!unreadable.isEmpty()) {
                throw new SuiteFile.Unrunnable(unreadable);
            }
            PromptSummary summary = suiteFile.suite().prompts().stream().filter(p -> p.key().equals(prompt)).findFirst()
                    .flatMap(p -> prompts.summary(p.key()))
                    .orElseThrow(() -> new SuiteFile.Unrunnable(List.of("optimize: --prompt: " + file + " has no prompt '"
                            + prompt + "'; its prompts: " + String.join(", ", suiteFile.suite().prompts().stream()
                            .map(p -> p.key()).toList()))));
            PromptVersion start = prompts.latestVersion(summary.id()).orElseThrow();
            Optimizations optimizer = new Optimizations(jdbc, transactions, Clock.systemUTC(), gateway,
                    PriceTable.stored(jdbc, Clock.systemUTC()), null, g -> StandardChecks.engine(g, null,
                    System.getenv("PROMPTSMITH_JUDGE"), suiteFile.scripts()));
            OptimizationRequest request = OptimizationRequest.of(prompt, start.id(), suiteFile.suite().name(),
                            suiteFile.targets(), proposerTarget, budget, seed)
                    .withValidationShare(validationSplit).withCandidatesPerRound(candidates);
            long id = optimizer.start(request);
            OptimizationSnapshot first = optimizer.snapshot(id);
            out.printf("Optimization %d of %s on %s: %d training and %d validation cases, %d calls at most%n", id,
                    prompt, suiteFile.suite().name(), first.trainingCases(), first.validationCases(), budgetCalls);
            out.flush();
            AtomicInteger printed = new AtomicInteger();
            try (AutoCloseable listening = optimizer.listen(id, () -> printRounds(optimizer, id, printed, out))) {
                OptimizationSnapshot end = optimizer.await(id);
                printRounds(optimizer, id, printed, out);
                return finish(end, optimizer, suiteFile, stored, prompts, summary, out);
            } catch (IOException | InterruptedException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A line for each round finished since the last call. */
    private static void printRounds(Optimizations optimizer, long id, AtomicInteger printed, PrintWriter out) {
        List<TrajectoryPoint> trajectory = optimizer.snapshot(id).trajectory();
        synchronized (printed) {
            for (int i = printed.get(); i < trajectory.size(); i++) {
                TrajectoryPoint point = trajectory.get(i);
                out.printf(Locale.ROOT, "round %d: best training %.1f%%, validation %.1f%%, %d calls%n", point.round(),
                        point.bestTraining() * 100, point.bestValidation() * 100, point.callsSpent());
            }
            printed.set(Math.max(printed.get(), trajectory.size()));
            out.flush();
        }
    }

    private int finish(OptimizationSnapshot end, Optimizations optimizer, SuiteFile suiteFile, StoredSuite stored,
                       PromptStore prompts, PromptSummary summary, PrintWriter out) throws IOException {
        out.printf("Ended: %s; %d/%d calls, cost $%s%n", end.stopReason() == null ? "finished" : end.stopReason(),
                end.callsSpent(), end.request().budget().maxCalls(),
                end.costSpent() == null ? "?" : end.costSpent().stripTrailingZeros().toPlainString());
        Candidate best = end.best().orElse(null);
        Gain gain = end.gain();
        if (best == null || gain == null) {
            out.println("NO IMPROVEMENT: the start was not scored on validation within the budget");
            out.flush();
            return 1;
        }
        out.printf(Locale.ROOT, "Best: v%d, training %s, validation %.1f%% (%d/%d) against the start's %.1f%% (%d/%d): "
                        + "%s%n", best.versionNumber(), best.trainingScore() == null ? "–"
                        : String.format(Locale.ROOT, "%.1f%%", best.trainingScore() * 100), gain.bestScore() * 100,
                gain.bestPasses(), gain.bestTotal(), gain.startScore() * 100, gain.startPasses(), gain.startTotal(),
                Significance.words(gain.pValue()));
        boolean beats = (long) gain.bestPasses() * gain.startTotal() > (long) gain.startPasses() * gain.bestTotal();
        if (beats) {
            Path target = suiteFile.workspace().resolve("prompts").resolve(prompt + ".prompty");
            Files.createDirectories(target.getParent());
            Files.writeString(target, prompts.version(best.versionId()).orElseThrow().content());
            stored.record(SuiteFile.read(file, models, modelCalls.providerBaseUrl()));
            int number = prompts.latestVersion(summary.id()).map(PromptVersion::number).orElse(0);
            out.printf("Wrote %s, stored as version %d of %s%n", target, number, prompt);
        }
        boolean full = gain.bestTotal() > 0 && gain.bestPasses() == gain.bestTotal();
        boolean passed = full || beats && gain.significant();
        out.println(passed ? "PASSED: " + (full ? "the best passes every validation case"
                : "the gain over the start is significant")
                : "NO IMPROVEMENT: " + (beats ? "the gain could be chance" : "no candidate beat the start on validation"));
        out.flush();
        return passed ? 0 : 1;
    }
}
