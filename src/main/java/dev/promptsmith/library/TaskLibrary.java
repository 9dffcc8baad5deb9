package dev.promptsmith.library;

import dev.promptsmith.prompt.PromptCatalog;
import dev.promptsmith.run.RunService;
import dev.promptsmith.suite.SuiteSummary;
import dev.promptsmith.suite.SuiteVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/** The library's tasks as this workspace holds them, and the ones the index names. */
@Service
public class TaskLibrary {

    private final List<LibraryTask> index;
    private final PromptCatalog prompts;
    private final RunService runs;
    private final LatestResults latest;

    @Autowired
    public TaskLibrary(PromptCatalog prompts, RunService runs) {
        this(TaskIndex.shipped(), prompts, runs);
    }

    TaskLibrary(List<LibraryTask> index, PromptCatalog prompts, RunService runs) {
        this.index = index;
        this.prompts = prompts;
        this.runs = runs;
        this.latest = new LatestResults(runs);
    }

    /** The tasks of the index, in its order. */
    public List<LibraryTask> index() {
        return index;
    }

    /** Every task with its presence in the workspace, case count and latest results: a few queries for all of them. */
    public List<TaskEntry> entries() {
        Map<String, SuiteSummary> suites = runs.suites().stream()
                .collect(Collectors.toMap(SuiteSummary::name, summary -> summary, (a, b) -> a));
        Map<String, List<ModelPassRate>> results = latest.of(index.stream().map(LibraryTask::suite).toList());
        return index.stream().map(task -> entry(task, suites.get(task.suite()),
                results.getOrDefault(task.suite(), List.of()))).toList();
    }

    public Optional<LibraryTask> task(String name) {
        return index.stream().filter(task -> task.name().equals(name)).findFirst();
    }

    /** The task's suite as stored now, if the workspace has it. */
    public Optional<SuiteVersion> suite(LibraryTask task) {
        return runs.suite(task.suite());
    }

    private TaskEntry entry(LibraryTask task, SuiteSummary suite, List<ModelPassRate> results) {
        boolean prompt = prompts.find(task.prompt()).isPresent();
        return new TaskEntry(task, prompt, suite != null, suite == null ? 0 : suite.tests(),
                suite == null ? List.of() : results);
    }
}
