package dev.promptsmith.benchmark;

import dev.promptsmith.optimize.OptimizationRequest;
import dev.promptsmith.optimize.OptimizationSnapshot;
import dev.promptsmith.optimize.Optimizations;
import dev.promptsmith.optimize.OptimizerFixture;
import dev.promptsmith.optimize.Strategy;
import dev.promptsmith.optimize.TrajectoryPoint;
import dev.promptsmith.prompt.PromptVersion;
import dev.promptsmith.simulator.LearningModel;
import dev.promptsmith.simulator.LearningTask;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * <p>When the pinned promptfoo is installed ({@code npm ci} in {@code bench/promptfoo}), its {@code optimize}
 * command runs on the same tasks, seeds and simulator ({@link PromptfooOptimize}): its own fixed schedule (3 rounds
 * of 3 candidates, no budget), with {@code --validation-split 0.3}.
 *
 * <p>Not part of the test suite (surefire leaves out *Benchmark classes): {@code ./mvnw test
 * -Dtest=OptimizeBenchmark}. Options: {@code bench.seeds} (5), {@code bench.budget} (240 calls), {@code bench.noise}
 * (0.0), {@code bench.promptfoo} (true; false to skip it), {@code bench.only} (only the rows whose name contains it). Results go to the console and to
 * {@code target/benchmarks/optimize.md}.
 */
class OptimizeBenchmark {

    private static final String PROMPTFOO_ROW = "promptfoo 0.123.1 optimize";

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
        String only = System.getProperty("bench.only", "");
        strategies.keySet().removeIf(name -> !name.contains(only));
        boolean promptfoo = !"false".equals(System.getProperty("bench.promptfoo")) && PromptfooOptimize.installed()
                && PROMPTFOO_ROW.contains(only);

        Map<String, List<Outcome>> outcomes = new LinkedHashMap<>();
        strategies.keySet().forEach(name -> outcomes.put(name, new ArrayList<>()));
        if (promptfoo) {
            outcomes.put(PROMPTFOO_ROW, new ArrayList<>());
        }
        try (OptimizerFixture fixture = new OptimizerFixture(folder, tasks, noise, 1)) {
            for (LearningTask task : tasks) {
                for (int seed = 1; seed <= seeds; seed++) {
                    for (Map.Entry<String, Set<Strategy>> strategy : strategies.entrySet()) {
                        fixture.newModel(noise, seed * 7919L);
                        Optimizations optimizations = fixture.optimizations();
                        OptimizationRequest request = fixture.request(task, budget, seed)
                                .withStrategies(strategy.getValue()).withPatience(5);
                        OptimizationSnapshot result = optimizations.await(optimizations.start(request));
                        String best = result.best().flatMap(c -> fixture.prompts.version(c.versionId()))
                                .map(PromptVersion::content).orElse("");
                        Outcome outcome = Outcome.of(task, seed, result, best);
                        outcomes.get(strategy.getKey()).add(outcome);
                        print(strategy.getKey(), outcome, result.stopReason());
                    }
                    if (promptfoo) {
                        LearningModel model = fixture.newModel(noise, seed * 7919L);
                        fixture.simulator.replyFor(PromptfooOptimize.SUGGESTIONS_MODEL, model.reply());
                        PromptfooOptimize.Outcome theirs = PromptfooOptimize.run(folder,
                                fixture.simulator.openAiBaseUrl(), model, task, seed, 0.3);
                        Outcome outcome = new Outcome(task.name(), seed, theirs.start(), theirs.best(),
                                theirs.calls(), theirs.callsToCeiling(), statesEveryRule(task, theirs.bestPrompt()));
                        outcomes.get(PROMPTFOO_ROW).add(outcome);
                        print(PROMPTFOO_ROW, outcome, "its 3 rounds");
                    }
                }
            }
        }
        String report = report(outcomes, seeds, budget, noise, tasks.size(), promptfoo);
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "optimize.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static void print(String strategy, Outcome outcome, String stopReason) {
        System.out.printf(Locale.ROOT, "%-26s %-8s seed %d: validation %.0f%% -> %.0f%%, calls %d, ceiling at %s, "
                        + "every rule stated: %s (%s)%n", strategy, outcome.task, outcome.seed, outcome.start * 100,
                outcome.best * 100, outcome.calls, outcome.callsToCeiling < 0 ? "never"
                        : outcome.callsToCeiling + " calls", outcome.everyRule ? "yes" : "no", stopReason);
    }

    static boolean statesEveryRule(LearningTask task, String prompt) {
        String text = prompt.toLowerCase(Locale.ROOT);
        return task.rules().stream().allMatch(r -> text.contains(r.phrase().toLowerCase(Locale.ROOT)));
    }

    private static String report(Map<String, List<Outcome>> outcomes, int seeds, int budget, double noise, int tasks,
                                 boolean promptfoo) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Optimizer on %d scripted tasks x %d seeds, budget %d calls, noise %.2f, "
                + "3 candidates a round, 2 finalists, patience 5%n%n", tasks, seeds, budget, noise));
        text.append("| strategy | mean validation start -> best | reached ceiling | median calls to ceiling | "
                + "mean calls to ceiling | mean calls spent | best states every rule |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, List<Outcome>> entry : outcomes.entrySet()) {
            List<Outcome> list = entry.getValue();
            List<Integer> reached = list.stream().filter(o -> o.callsToCeiling >= 0).map(o -> o.callsToCeiling)
                    .sorted().toList();
            text.append(String.format(Locale.ROOT, "| %s | %.0f%% -> %.0f%% | %d/%d | %s | %s | %.0f | %d/%d |%n",
                    entry.getKey(), 100 * list.stream().mapToDouble(o -> o.start).average().orElse(0),
                    100 * list.stream().mapToDouble(o -> o.best).average().orElse(0), reached.size(), list.size(),
                    reached.isEmpty() ? "-" : String.valueOf(reached.get((reached.size() - 1) / 2)),
                    reached.isEmpty() ? "-" : String.format(Locale.ROOT, "%.0f",
                            reached.stream().mapToInt(Integer::intValue).average().orElse(0)),
                    list.stream().mapToInt(o -> o.calls).average().orElse(0),
                    list.stream().filter(o -> o.everyRule).count(), list.size()));
        }
        text.append('\n').append(promptfoo ? """
                promptfoo's row: `promptfoo optimize --validation-split 0.3` on the same simulator, its task prompt \
                as one plain text, its cases shuffled by the seed (it holds out the last 30%). Its suggestions \
                provider is answered by the learning model as our reflective proposer answers. It has no budget and \
                no stop at the ceiling: 3 rounds of 3 candidates, and each round evaluates the current prompt again; \
                its calls to the ceiling are counted to the end of the round that proposed its best prompt. Its \
                validation score is promptfoo's (a test scores the share of its assertions that passed).
                """ : "promptfoo: not installed in bench/promptfoo (or bench.promptfoo=false), so not compared.\n");
        return text.toString();
    }

    /** One optimization: validation of the start and of the best, calls spent, calls when the ceiling was reached. */
    private record Outcome(String task, int seed, double start, double best, int calls, int callsToCeiling,
                           boolean everyRule) {

        static Outcome of(LearningTask task, int seed, OptimizationSnapshot result, String best) {
            int toCeiling = result.trajectory().stream().filter(p -> p.bestValidation() >= 1.0)
                    .mapToInt(TrajectoryPoint::callsSpent).findFirst().orElse(-1);
            return new Outcome(task.name(), seed, result.gain() == null ? 0 : result.gain().startScore(),
                    result.gain() == null ? 0 : result.gain().bestScore(), result.callsSpent(), toCeiling,
                    statesEveryRule(task, best));
        }
    }
}
