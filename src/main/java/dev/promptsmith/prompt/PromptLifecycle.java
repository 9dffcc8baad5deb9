package dev.promptsmith.prompt;

import dev.promptsmith.shared.InvalidFileException;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Making prompts (from nothing, a template or another prompt) and deleting them. */
@Service
public class PromptLifecycle {

    private final PromptStore store;
    private final PromptEditor editor;
    private final PromptVersions versions;
    private final PromptFiles files;

    PromptLifecycle(PromptStore store, PromptEditor editor, PromptVersions versions, PromptFiles files) {
        this.store = store;
        this.editor = editor;
        this.versions = versions;
        this.files = files;
    }

    /**
     * Makes a prompt: its first version is a copy of the latest version of {@code template}, or a
     * short system and user message when there is none.
     */
    public SaveResult create(String name, String title, Optional<String> template) {
        PromptDraft draft = PromptEditor.empty(name, title);
        String note = "created";
        if (template.isPresent()) {
            Optional<PromptDraft> copy = latestDraft(template.get());
            if (copy.isEmpty()) {
                return new SaveResult.Refused(java.util.List.of("there is no prompt '" + template.get()
                        + "' to start from"));
            }
            draft = copy.get().withName(name, title);
            note = "created from " + template.get();
        }
        return versions.save(draft, 0, note);
    }

    /** A copy of a prompt's latest version under a new name. */
    public SaveResult duplicate(String name, String newName, String newTitle) {
        Optional<PromptDraft> copy = latestDraft(name);
        if (copy.isEmpty()) {
            return new SaveResult.Refused(java.util.List.of("there is no prompt '" + name + "' to copy"));
        }
        return versions.save(copy.get().withName(newName, newTitle), 0, "copy of " + name);
    }

    /**
     * Takes a prompt off the lists and removes its file; its versions stay for the runs and suites
     * that used them. Returns a problem with the file, or null.
     */
    public String delete(String name) {
        Optional<PromptSummary> prompt = store.summary(name);
        if (prompt.isEmpty()) {
            return null;
        }
        boolean keptInFile = files.keeps(name, store.sourcePath(prompt.get().id()));
        store.delete(prompt.get().id());
        return keptInFile ? files.delete(name) : null;
    }

    private Optional<PromptDraft> latestDraft(String name) {
        return store.summary(name).flatMap(p -> store.latestVersion(p.id())).flatMap(version -> {
            try {
                return Optional.of(editor.draft(new PromptyParser().parse(name + PromptyParser.EXTENSION, name,
                        version.content())));
            } catch (InvalidFileException e) {
                return Optional.empty();
            }
        });
    }
}
