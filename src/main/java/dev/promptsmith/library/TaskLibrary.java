package dev.promptsmith.library;

import dev.promptsmith.model.ModelCatalog;
import dev.promptsmith.prompt.PromptCatalog;
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

    private TaskEntry entry(LibraryTask task) {
        boolean prompt = prompts.find(task.prompt()).isPresent();
        Optional<SuiteVersion> suite = runs.suite(task.suite());
        return new TaskEntry(task, prompt, suite.isPresent(), suite.map(s -> s.tests().size()).orElse(0),
                suite.isPresent() ? latest.of(task.suite()) : List.of());
    }
}
