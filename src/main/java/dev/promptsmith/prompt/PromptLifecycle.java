package dev.promptsmith.prompt;

import dev.promptsmith.shared.InvalidFileException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Making prompts (from nothing, a template or another prompt), renaming and deleting them. */
@Service
public class PromptLifecycle {

    private final PromptStore store;
    private final PromptEditor editor;
    private final PromptVersions versions;
    private final PromptFiles files;

    private final TransactionTemplate transactions;

    PromptLifecycle(PromptStore store, PromptEditor editor, PromptVersions versions, PromptFiles files,
                    TransactionTemplate transactions) {
        this.transactions = transactions;
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

    /**
     * Gives a prompt a new name: the versions, labels and runs stay with it, and {@code prompts/OLD.prompty}
     * becomes {@code prompts/NEW.prompty}. The database is renamed first and the new file written before the
     * old one is removed, so an import in between finds the new file's content under its own prompt. Suite
     * files that name the old file are the caller's to check and rewrite.
     */
    public RenameResult rename(String name, String newName) {
        Optional<PromptSummary> prompt = store.summary(name);
        if (prompt.isEmpty()) {
            return RenameResult.refused("there is no prompt '" + name + "' to rename");
        }
        if (!PromptEditor.NAME.matcher(newName).matches()) {
            return RenameResult.refused("'" + newName + "' cannot name a prompt file: use lower-case letters, digits, "
                    + "'-', '_' and '.', starting with a letter or digit");
        }
        if (newName.equals(name)) {
            return RenameResult.refused("the prompt is named '" + name + "' already");
        }
        if (store.nameTaken(newName)) {
            return RenameResult.refused("the name '" + newName + "' is taken (by a prompt, or by one deleted, "
                    + "whose versions runs still show)");
        }
        long id = prompt.get().id();
        Optional<String> source = store.sourcePath(id);
        if (!files.keeps(name, source)) {
            return RenameResult.refused(source.map(path -> "the prompt is read from " + path + ": rename it there")
                    .orElse("prompt files are not written (promptsmith.editor.write-files is off)"));
        }
        PromptVersion latest = store.latestVersion(id).orElseThrow();
        String onDisk = files.read(name);
        if (onDisk != null && !onDisk.replace("\r\n", "\n").equals(latest.content().replace("\r\n", "\n"))) {
            return RenameResult.refused(PromptFiles.path(name) + " differs from version " + latest.number()
                    + " (changed on disk and not imported yet): try again once it is");
        }
        transactions.executeWithoutResult(status -> store.rename(id, newName, PromptFiles.path(newName)));
        String written = files.write(newName, latest.content());
        if (written != null) {
            transactions.executeWithoutResult(status -> store.rename(id, name, source.orElse(null)));
            return RenameResult.refused(written);
        }
        String deleted = files.delete(name);
        return new RenameResult(true, deleted == null ? List.of() : List.of(deleted),
                List.of(PromptFiles.path(name) + " is now " + PromptFiles.path(newName)));
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
