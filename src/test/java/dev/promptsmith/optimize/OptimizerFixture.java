package dev.promptsmith.optimize;

import dev.promptsmith.check.types.StandardChecks;
import dev.promptsmith.exchange.WorkspaceImporter;
import dev.promptsmith.model.LangChainGateway;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.PriceTable;
import dev.promptsmith.model.ProviderKind;
import dev.promptsmith.prompt.PromptStore;
import dev.promptsmith.prompt.PromptVersion;
import dev.promptsmith.prompt.PromptVersionsForTests;
import dev.promptsmith.simulator.LearningModel;
import dev.promptsmith.simulator.LearningTask;
import dev.promptsmith.simulator.LlmSimulator;
import dev.promptsmith.support.H2Database;
import dev.promptsmith.support.NoKeys;
import dev.promptsmith.support.Workspace;
import dev.promptsmith.suite.SuiteStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * An optimizer over a real H2 file and the real HTTP simulator answering as the {@link LearningModel}: a workspace
 * with the shipped meta-prompts and the scripted tasks' prompts and suites, imported as the app imports it.
 */
public final class OptimizerFixture implements AutoCloseable {

    public final LlmSimulator simulator = LlmSimulator.start();
    public final H2Database database;
    public final PromptStore prompts;
    public final Path folder;
    public final ModelTarget target;
    public final ModelTarget proposer;
    public LearningModel model;
    private final PriceTable prices;
    private final List<LearningTask> tasks;

    public OptimizerFixture(Path folder, List<LearningTask> tasks, double noise, long modelSeed) {
        this.folder = folder;
        this.tasks = tasks;
        Workspace workspace = new Workspace(folder);
        for (String name : List.of("promptsmith-optimize-reflect", "promptsmith-optimize-history",
                "promptsmith-optimize-rewrite")) {
            workspace.write("prompts/" + name + ".prompty", shipped("prompts/" + name + ".prompty"));
        }
        for (LearningTask task : tasks) {
            workspace.write("prompts/" + task.name() + ".prompty", task.promptFile());
            workspace.write("testcases/" + task.name() + ".yaml", task.suiteFile());
        }
        database = new H2Database(folder.resolve("data"));
        prompts = new PromptStore(database.jdbc(), Clock.systemUTC());
        new WorkspaceImporter(prompts, new SuiteStore(database.jdbc(), Clock.systemUTC()), database.transactions())
                .importWorkspace(folder);
        prices = PriceTable.stored(database.jdbc(), Clock.systemUTC());
        target = new ModelTarget(null, "learner", ProviderKind.OPENAI, "learner", simulator.openAiBaseUrl(), null,
                Map.of());
        proposer = new ModelTarget(null, "proposer", ProviderKind.OPENAI, "proposer", simulator.openAiBaseUrl(), null,
                Map.of());
        model = new LearningModel(tasks, noise, modelSeed);
        simulator.replyFor("learner", model.reply());
        simulator.replyFor("proposer", model.reply());
    }

    /** A new optimizer on the fixture's database, as a restarted app would make it. */
    public Optimizations optimizations() {
        LangChainGateway gateway = new LangChainGateway(new NoKeys(), prices, Duration.ofSeconds(10));
        return new Optimizations(database.jdbc(), database.transactions(), Clock.systemUTC(), gateway, prices,
                PromptVersionsForTests.of(database.jdbc(), database.transactions(), folder),
                g -> StandardChecks.engine(g, null, null));
    }

    public PromptVersion latest(String prompt) {
        return prompts.latestVersion(prompts.summary(prompt).orElseThrow().id()).orElseThrow();
    }

    public OptimizationRequest request(LearningTask task, int maxCalls, long seed) {
        return OptimizationRequest.of(task.name(), latest(task.name()).id(), task.name(), List.of(target), proposer,
                Budget.calls(maxCalls), seed);
    }

    static String shipped(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        simulator.close();
        database.shutdown();
    }
}
