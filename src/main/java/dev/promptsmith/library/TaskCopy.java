package dev.promptsmith.library;

import dev.promptsmith.prompt.PromptLifecycle;
import dev.promptsmith.prompt.SaveResult;
import dev.promptsmith.suiteedit.SuiteEditing;
import dev.promptsmith.suiteedit.SuiteSave;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Copies a library task to edit: its prompt's latest version under a new name ({@code prompts/NEW.prompty}) and
 * its suite as {@code testcases/NEW.yaml} running that copy, with the same models, defaults and cases. The
 * shipped task stays as it was, so its results remain comparable.
 */
@Service
public class TaskCopy {

    private final PromptLifecycle prompts;
    private final SuiteEditing suites;

    public TaskCopy(PromptLifecycle prompts, SuiteEditing suites) {
        this.prompts = prompts;
        this.suites = suites;
    }

    /** The name a copy is offered first: the task's prompt with {@code -copy}. */
    public static String suggestedName(LibraryTask task) {
        return task.prompt() + "-copy";
    }

    /** Saved when both the prompt and the suite were copied; otherwise what kept them from it. */
    public SaveResult copy(LibraryTask task, String newName, String newTitle) {
        if (!suites.writesFiles()) {
            return new SaveResult.Refused(List.of("copying writes testcases/" + newName + ".yaml, and the setting "
                    + "promptsmith.editor.write-files is off"));
        }
        String taken = suites.nameProblem(newName);
        if (taken != null) {
            return new SaveResult.Refused(List.of(taken));
        }
        SaveResult prompt = prompts.duplicate(task.prompt(), newName, newTitle);
        if (!(prompt instanceof SaveResult.Saved saved)) {
            return prompt;
        }
        if (saved.fileProblem() != null) {
            return new SaveResult.Refused(List.of("the prompt was copied as " + newName + " but its file was not "
                    + "written (" + saved.fileProblem() + "), so no suite can run it"));
        }
        SuiteSave suite = suites.copy(task.suite(), newName, List.of(newName));
        return switch (suite) {
            case SuiteSave.Saved ignored -> saved;
            case SuiteSave.Refused refused -> new SaveResult.Refused(List.of("the prompt was copied as " + newName
                    + ", but its suite was not: " + String.join("; ", refused.problems())));
            default -> new SaveResult.Refused(List.of("the prompt was copied as " + newName
                    + ", but its suite was not: " + suite));
        };
    }
}
