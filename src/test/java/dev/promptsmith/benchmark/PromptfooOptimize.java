package dev.promptsmith.benchmark;

import dev.promptsmith.shared.Json;
import dev.promptsmith.simulator.LearningModel;
import dev.promptsmith.simulator.LearningTask;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pinned promptfoo's {@code optimize} command on a scripted learning task, against the same simulator and
 * learning model as Promptsmith's optimizer: the task's prompt as one plain text (promptfoo optimizes literal string
 * prompts), its cases in an order shuffled by the seed (promptfoo holds out the last ones for validation, so the
 * shuffle varies its split as the seed varies ours), the task model at the simulator's OpenAI wire, and promptfoo's
 * default suggestions provider ({@code gpt-5.6-terra} on the OpenAI wire) pointed at the same simulator, where the
 * learning model answers promptfoo's candidate request as the reflective proposer answers ours.
 */
final class PromptfooOptimize {

    static final Path HOME = Path.of("bench/promptfoo").toAbsolutePath();
    static final Path CLI = HOME.resolve("node_modules/.bin/promptfoo");
    /** The model promptfoo 0.123.1's default suggestions provider asks for. */
    static final String SUGGESTIONS_MODEL = "gpt-5.6-terra";
    /** A result line; its label is the prompt's text, so it may run over several lines. */
    private static final Pattern SCORE = Pattern.compile("^(Baseline|Best) validation: .*? \\(([0-9.]+)\\)$",
            Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern BEST = Pattern.compile("Best prompt\\s*\\n(.*?)\\n[─=-]{10,}", Pattern.DOTALL);

    /**
     * One optimization as promptfoo ran it.
     *
     * @param start, best validation score of the start and of the best prompt (promptfoo's score: the mean of the
     *               validation tests' scores, a test's score being the share of its assertions that passed)
     * @param calls          every model call, counted at the simulator
     * @param callsToCeiling the calls answered when the round that proposed the best prompt was evaluated, when that
     *                       prompt passes every validation test; -1 when it does not
     * @param bestPrompt     the best prompt's text
     */
    record Outcome(double start, double best, int calls, int callsToCeiling, String bestPrompt, String log) {
    }

    static boolean installed() {
        return Files.isExecutable(CLI);
    }

    /** Runs {@code promptfoo optimize} once; {@code model} must be answering for "learner" and the suggestions. */
    static Outcome run(Path folder, String baseUrl, LearningModel model, LearningTask task, long seed, double split)
            throws IOException, InterruptedException {
        List<String> tests = shuffledTests(task, seed);
        int validation = Math.min(tests.size() - 1, Math.max(1, (int) Math.round(tests.size() * split)));
        Path config = folder.resolve("promptfooconfig-" + task.name() + "-" + seed + ".yaml");
        Files.writeString(config, "description: " + task.name() + " (scripted learning task)\n"
                + "prompts:\n  - " + Json.write(plainPrompt(task)) + "\n"
                + "providers:\n  - id: openai:chat:learner\n    config:\n      apiBaseUrl: " + baseUrl + "\n"
                + "tests:\n" + String.join("", tests));
        Path home = Files.createTempDirectory(folder, "promptfoo-home");
        ProcessBuilder builder = new ProcessBuilder(CLI.toString(), "optimize", "-c", config.toString(),
                "--validation-split", String.valueOf(split)).directory(HOME.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        // the pinned Node 22 (an npm package in the same folder) first, as npx would put it
        env.put("PATH", CLI.getParent() + File.pathSeparator + System.getenv("PATH"));
        env.put("OPENAI_API_KEY", "sk-simulator");
        env.put("OPENAI_BASE_URL", baseUrl);
        env.put("PROMPTFOO_DISABLE_TELEMETRY", "1");
        env.put("PROMPTFOO_DISABLE_UPDATE", "1");
        env.put("PROMPTFOO_DISABLE_SHARING", "1");
        env.put("PROMPTFOO_CACHE_ENABLED", "false");
        env.put("PROMPTFOO_DISABLE_REMOTE_GENERATION", "true");
        env.put("PROMPTFOO_CONFIG_DIR", home.toString());
        env.put("NO_COLOR", "1");
        int before = model.taskCalls() + model.proposerCalls();
        Process process = builder.start();
        process.getOutputStream().close();
        String log = new String(process.getInputStream().readAllBytes());
        Path logs = Path.of("target", "benchmarks");
        Files.createDirectories(logs);
        Files.writeString(logs.resolve("promptfoo-optimize-" + task.name() + "-" + seed + ".log"), log);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("promptfoo optimize failed:\n" + log);
        }
        return outcome(log, model, before, tests.size(), validation);
    }

    private static Outcome outcome(String log, LearningModel model, int before, int cases, int validation) {
        double start = Double.NaN;
        double best = Double.NaN;
        Matcher score = SCORE.matcher(log);
        while (score.find()) {
            double value = Double.parseDouble(score.group(2)) / validation;
            if (score.group(1).equals("Baseline")) {
                start = value;
            } else {
                best = value;
            }
        }
        Matcher bestPrompt = BEST.matcher(log);
        if (Double.isNaN(start) || Double.isNaN(best) || !bestPrompt.find()) {
            throw new IllegalStateException("promptfoo optimize printed no validation scores or best prompt:\n" + log);
        }
        String prompt = bestPrompt.group(1).strip();
        int calls = model.taskCalls() + model.proposerCalls() - before;
        LearningModel.PromptfooProposal proposal = model.promptfooProposals().get(prompt);
        // a round evaluates the current prompt and its candidates on every case (search and validation split)
        int toCeiling = best >= 1.0 - 1e-9 && proposal != null
                ? proposal.callsAnswered() - before + (1 + proposal.usable()) * cases : -1;
        return new Outcome(start, best, calls, toCeiling, prompt, log);
    }

    /** The task's start prompt as promptfoo's one plain text: its instruction, then the variable. */
    static String plainPrompt(LearningTask task) {
        return task.marker() + "\n\n{{" + task.variable() + "}}";
    }

    /** The tests of the task's suite file, one YAML list item each, in an order shuffled by the seed. */
    private static List<String> shuffledTests(LearningTask task, long seed) {
        String suite = task.suiteFile();
        String tests = suite.substring(suite.indexOf("tests:\n") + "tests:\n".length());
        List<String> items = new ArrayList<>(Arrays.stream(tests.split("(?m)^(?=  - description:)"))
                .filter(s -> !s.isBlank()).toList());
        Collections.shuffle(items, new Random(seed));
        return items;
    }

    private PromptfooOptimize() {
    }
}
