package dev.promptsmith.library;

import dev.promptsmith.model.ModelCatalog;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.prompt.PromptCatalog;
import dev.promptsmith.run.RunSettings;
import dev.promptsmith.run.RunService;
import dev.promptsmith.suite.SuiteVersion;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/** The library's tasks as this workspace holds them, and the ones the index names. */
@Service
public class TaskLibrary {

    private final List<LibraryTask> index;
    private final PromptCatalog prompts;
    private final RunService runs;
    private final ModelCatalog models;
    private final LatestResults latest;

    @Autowired
    public TaskLibrary(PromptCatalog prompts, RunService runs, ModelCatalog models) {
        this(TaskIndex.shipped(), prompts, runs, models);
    }

    TaskLibrary(List<LibraryTask> index, PromptCatalog prompts, RunService runs, ModelCatalog models) {
        this.index = index;
        this.prompts = prompts;
        this.runs = runs;
        this.models = models;
        this.latest = new LatestResults(runs);
    }

    /** The tasks of the index, in its order. */
    public List<LibraryTask> index() {
        return index;
    }

    /** Every task with its presence in the workspace, case count and latest results. */
    public List<TaskEntry> entries() {
        return index.stream().map(this::entry).toList();
    }

    public Optional<LibraryTask> task(String name) {
        return index.stream().filter(task -> task.name().equals(name)).findFirst();
    }

    /** The task's suite as stored now, if the workspace has it. */
    public Optional<SuiteVersion> suite(LibraryTask task) {
        return runs.suite(task.suite());
    }

    /**
     * Starts a run of the task's suite on the models saved on the Models screen, or, when none is saved, on the
     * models its file names (as {@code run} does on the command line); returns the run's id.
     *
     * @throws IllegalStateException when the workspace lacks the suite or there is no model to run it on
     */
    public long run(LibraryTask task) {
        SuiteVersion suite = suite(task).orElseThrow(() -> new IllegalStateException(
                "the workspace has no suite testcases/" + task.suite() + ".yaml"));
        List<ModelTarget> chosen = models.stored().isEmpty() ? runs.suiteModels(suite) : models.stored();
        if (chosen.isEmpty()) {
            throw new IllegalStateException("no model is saved on the Models screen and testcases/" + task.suite()
                    + ".yaml names none that can be used");
        }
        return runs.start(suite, chosen, RunSettings.defaults());
    }

    private TaskEntry entry(LibraryTask task) {
        boolean prompt = prompts.find(task.prompt()).isPresent();
        Optional<SuiteVersion> suite = runs.suite(task.suite());
        return new TaskEntry(task, prompt, suite.isPresent(), suite.map(s -> s.tests().size()).orElse(0),
                suite.isPresent() ? latest.of(task.suite()) : List.of());
    }
}
