package dev.promptsmith.benchmark;

import dev.promptsmith.optimize.OptimizationRequest;
import dev.promptsmith.optimize.OptimizationSnapshot;
import dev.promptsmith.optimize.Optimizations;
import dev.promptsmith.optimize.OptimizerFixture;
import dev.promptsmith.optimize.Strategy;
import dev.promptsmith.optimize.TrajectoryPoint;
import dev.promptsmith.simulator.LearningTask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optimizer's strategies on the scripted learning tasks ({@link LearningTask#triage}, {@link
 * LearningTask#summary}: three hidden rules each, the start prompt states none), against the simulator answering
 * as the {@link dev.promptsmith.simulator.LearningModel}. Per strategy (OPRO history, reflective Pareto, both, and
 * the random-rewrite baseline) over several seeds: the validation score reached and the calls spent (every model
 * call, evaluations and proposals) until the best candidate first reached the scripted ceiling (100% on validation
 * without noise). Same budget, candidates per round and patience for every strategy.
 *
 * <p>Not part of the test suite (surefire leaves out *Benchmark classes): {@code ./mvnw test
 * -Dtest=OptimizeBenchmark}. Options: {@code bench.seeds} (5), {@code bench.budget} (240 calls), {@code bench.noise}
 * (0.0). Results go to the console and to {@code target/benchmarks/optimize.md}.
 */
class OptimizeBenchmark {

    private static final String PROMPTFOO = "bench/promptfoo/node_modules/.bin/promptfoo";

    @TempDir
    Path folder;

    @Test
    void strategiesAgainstTheRandomRewriteBaseline() throws Exception {
        int seeds = Integer.getInteger("bench.seeds", 5);
        int budget = Integer.getInteger("bench.budget", 240);
        double noise = Double.parseDouble(System.getProperty("bench.noise", "0.0"));
        Map<String, Set<Strategy>> strategies = new LinkedHashMap<>();
        strategies.put("OPRO history", EnumSet.of(Strategy.OPRO_HISTORY));
        strategies.put("reflective Pareto", EnumSet.of(Strategy.REFLECTIVE_PARETO));
        strategies.put("both", EnumSet.of(Strategy.OPRO_HISTORY, Strategy.REFLECTIVE_PARETO));
        strategies.put("random rewrite (baseline)", EnumSet.of(Strategy.RANDOM_REWRITE));
        List<LearningTask> tasks = List.of(LearningTask.triage(), LearningTask.summary());

        Map<String, List<Outcome>> outcomes = new LinkedHashMap<>();
        strategies.keySet().forEach(name -> outcomes.put(name, new ArrayList<>()));
        try (OptimizerFixture fixture = new OptimizerFixture(folder, tasks, noise, 1)) {
            for (LearningTask task : tasks) {
                for (int seed = 1; seed <= seeds; seed++) {
                    for (Map.Entry<String, Set<Strategy>> strategy : strategies.entrySet()) {
                        fixture.newModel(noise, seed * 7919L);
                        Optimizations optimizations = fixture.optimizations();
                        OptimizationRequest request = fixture.request(task, budget, seed)
                                .withStrategies(strategy.getValue()).withPatience(5);
                        OptimizationSnapshot result = optimizations.await(optimizations.start(request));
                        Outcome outcome = Outcome.of(task.name(), seed, result);
                        outcomes.get(strategy.getKey()).add(outcome);
                        System.out.printf(Locale.ROOT, "%-26s %-8s seed %d: validation %.0f%% -> %.0f%%, calls %d, "
                                + "ceiling at %s (%s)%n", strategy.getKey(), task.name(), seed, outcome.start * 100,
                                outcome.best * 100, outcome.calls, outcome.callsToCeiling < 0 ? "never"
                                        : outcome.callsToCeiling + " calls", result.stopReason());
                    }
                }
            }
        }
        String report = report(outcomes, seeds, budget, noise, tasks.size());
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "optimize.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static String report(Map<String, List<Outcome>> outcomes, int seeds, int budget, double noise, int tasks) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Optimizer on %d scripted tasks x %d seeds, budget %d calls, noise %.2f, "
                + "3 candidates a round, 2 finalists, patience 5%n%n", tasks, seeds, budget, noise));
        text.append("| strategy | mean validation start -> best | reached ceiling | median calls to ceiling | "
                + "mean calls to ceiling | mean calls spent |\n|---|---|---|---|---|---|\n");
        for (Map.Entry<String, List<Outcome>> entry : outcomes.entrySet()) {
            List<Outcome> list = entry.getValue();
            List<Integer> reached = list.stream().filter(o -> o.callsToCeiling >= 0).map(o -> o.callsToCeiling)
                    .sorted().toList();
            text.append(String.format(Locale.ROOT, "| %s | %.0f%% -> %.0f%% | %d/%d | %s | %s | %.0f |%n",
                    entry.getKey(), 100 * list.stream().mapToDouble(o -> o.start).average().orElse(0),
                    100 * list.stream().mapToDouble(o -> o.best).average().orElse(0), reached.size(), list.size(),
                    reached.isEmpty() ? "-" : String.valueOf(reached.get((reached.size() - 1) / 2)),
                    reached.isEmpty() ? "-" : String.format(Locale.ROOT, "%.0f",
                            reached.stream().mapToInt(Integer::intValue).average().orElse(0)),
                    list.stream().mapToInt(o -> o.calls).average().orElse(0)));
        }
        text.append('\n').append(promptfoo()).append('\n');
        return text.toString();
    }

    /** Whether the pinned promptfoo has an {@code optimize} command, and why it is not run side by side. */
    private static String promptfoo() {
        Path cli = Path.of(PROMPTFOO).toAbsolutePath();
        if (!Files.exists(cli)) {
            return "promptfoo: not installed at " + PROMPTFOO + ", so not compared.";
        }
        try {
            ProcessBuilder builder = new ProcessBuilder(cli.toString(), "optimize", "--help")
                    .directory(cli.getParent().getParent().getParent().toFile()).redirectErrorStream(true);
            // the pinned Node 22 (an npm package in the same folder) first, as npx would put it
            builder.environment().put("PATH", cli.getParent() + java.io.File.pathSeparator + System.getenv("PATH"));
            builder.environment().put("PROMPTFOO_DISABLE_TELEMETRY", "1");
            builder.environment().put("PROMPTFOO_DISABLE_UPDATE", "1");
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes());
            process.waitFor(60, TimeUnit.SECONDS);
            if (output.contains("Optimize one prompt")) {
                return "promptfoo 0.123.1 has an `optimize` command (one prompt, one provider, `--validation-split` "
                        + "up to 0.5). Its candidates come from promptfoo's default suggestions provider with its own "
                        + "candidate-generation payload, which the scripted learning model does not answer, so it is "
                        + "not run on the same simulator here.";
            }
            return "promptfoo at " + PROMPTFOO + " has no `optimize` command: " + output.lines().findFirst().orElse("");
        } catch (IOException e) {
            return "promptfoo could not be started: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "promptfoo: interrupted";
        }
    }

    /** One optimization: validation of the start and of the best, calls spent, calls when the ceiling was reached. */
    private record Outcome(String task, int seed, double start, double best, int calls, int callsToCeiling) {

        static Outcome of(String task, int seed, OptimizationSnapshot result) {
            int toCeiling = result.trajectory().stream().filter(p -> p.bestValidation() >= 1.0)
                    .mapToInt(TrajectoryPoint::callsSpent).findFirst().orElse(-1);
            return new Outcome(task, seed, result.gain() == null ? 0 : result.gain().startScore(),
                    result.gain() == null ? 0 : result.gain().bestScore(), result.callsSpent(), toCeiling);
        }
    }
}
