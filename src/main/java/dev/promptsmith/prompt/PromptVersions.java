package dev.promptsmith.prompt;

import dev.promptsmith.shared.InvalidFileException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saving prompts from the editor: every save is a new immutable version with a note and an
 * author; a save started from an older version than the latest is refused, never overwriting
 * anyone's work; old versions are restored as new ones; labels move between versions.
 */
@Service
public class PromptVersions {

    /** The labels offered first; any other name is allowed too. */
    public static final List<String> SUGGESTED_LABELS = List.of("production", "staging", "validated");
    private static final Set<String> PROTECTED_BY_DEFAULT = Set.of("production");

    private final PromptStore store;
    private final PromptEditor editor;
    private final PromptFiles files;
    private final TransactionTemplate transactions;
    private final String author;

    PromptVersions(PromptStore store, PromptEditor editor, PromptFiles files, TransactionTemplate transactions,
                   @Value("${promptsmith.editor.author:${user.name:local}}") String author) {
        this.store = store;
        this.editor = editor;
        this.files = files;
        this.transactions = transactions;
        this.author = author.isBlank() ? "local" : author;
    }

    /**
     * Saves a draft as a new version.
     *
     * @param basedOn the number of the version the draft was started from; 0 for a new prompt
     */
    public SaveResult save(PromptDraft draft, int basedOn, String note) {
        if (!PromptEditor.NAME.matcher(draft.name()).matches()) {
            return new SaveResult.Refused(List.of("'" + draft.name() + "' cannot name a prompt file: use lower-case "
                    + "letters, digits, '-', '_' and '.', starting with a letter or digit"));
        }
        DraftCheck check = editor.check(draft);
        if (!check.valid()) {
            return new SaveResult.Refused(check.problems().stream().map(p -> p.message() < 0 ? p.describe()
                    : "message " + (p.message() + 1) + ", " + p.describe()).toList());
        }
        PromptDocument document;
        try {
            document = editor.document(draft);
        } catch (InvalidFileException e) {
            return new SaveResult.Refused(e.problems().stream().map(Object::toString).toList());
        }
        return store(document, basedOn, note);
    }

    /** Stores an old version's content as the newest version. */
    public SaveResult restore(String name, PromptVersion old, int basedOn) {
        PromptDocument document;
        try {
            document = new PromptyParser().parse(name + PromptyParser.EXTENSION, name, old.content());
        } catch (InvalidFileException e) {
            return new SaveResult.Refused(e.problems().stream().map(Object::toString).toList());
        }
        return store(document, basedOn, "restored from v" + old.number());
    }

    /**
     * Saves {@code content} (e.g. an optimization's winner) as the newest version of prompt {@code name}, as a save
     * from the editor would, with {@code note}.
     *
     * @param basedOn the number of the latest version the caller saw; a newer one makes it a conflict
     */
    public SaveResult adopt(String name, String content, int basedOn, String note) {
        PromptDocument document;
        try {
            document = new PromptyParser().parse(name + PromptyParser.EXTENSION, name, content);
        } catch (InvalidFileException e) {
            return new SaveResult.Refused(e.problems().stream().map(Object::toString).toList());
        }
        return store(document, basedOn, note);
    }

    private SaveResult store(PromptDocument document, int basedOn, String note) {
        Recorded recorded;
        try {
            recorded = transactions.execute(status -> record(document, basedOn, note));
        } catch (DuplicateKeyException e) {
            // another save took the same version number in the same moment: theirs stays, this one is refused
            return store.summary(document.name()).flatMap(p -> store.latestVersion(p.id()))
                    .<SaveResult>map(latest -> new SaveResult.Conflict(basedOn, latest))
                    .orElseThrow(() -> e);
        }
        if (recorded.result() instanceof SaveResult.Saved saved && recorded.writeFile()) {
            return new SaveResult.Saved(saved.version(), files.write(document.name(), document.content()));
        }
        return recorded.result();
    }

    /** A save's result, and whether the prompt's file is to be written once the version is committed. */
    private record Recorded(SaveResult result, boolean writeFile) {
    }

    private Recorded record(PromptDocument document, int basedOn, String note) {
        Optional<PromptSummary> prompt = store.summary(document.name());
        Optional<PromptVersion> latest = prompt.flatMap(p -> store.latestVersion(p.id()));
        int latestNumber = latest.map(PromptVersion::number).orElse(0);
        if (basedOn == 0 && prompt.isPresent()) {
            return new Recorded(new SaveResult.Refused(List.of("a prompt named '" + document.name()
                    + "' exists already")), false);
        }
        if (basedOn > 0 && prompt.isEmpty()) {
            return new Recorded(new SaveResult.Refused(List.of("there is no prompt '" + document.name()
                    + "' any more: it was renamed or deleted while you edited it; copy your text before you leave")),
                    false);
        }
        if (latestNumber != basedOn) {
            return new Recorded(new SaveResult.Conflict(basedOn, latest.orElseThrow()), false);
        }
        Optional<String> source = prompt.flatMap(p -> store.sourcePath(p.id()));
        boolean keepFile = files.keeps(document.name(), source);
        SaveResult result = store.record(document, keepFile ? PromptFiles.path(document.name()) : source.orElse(null),
                        note == null ? "" : note.strip(), author)
                .<SaveResult>map(v -> new SaveResult.Saved(v, null))
                .orElseGet(() -> new SaveResult.Unchanged(latest.orElseThrow()));
        return new Recorded(result, keepFile);
    }

    public List<PromptLabel> labels(long promptId) {
        return store.labels(promptId);
    }

    /** What came of moving a label. */
    public enum LabelMove { MOVED, NEEDS_CONFIRMATION }

    /**
     * Points a label at a version. A protected label (and {@code production}, when it is new) needs
     * {@code confirmed} to move; once protected, a label stays so unless {@code protect} is false and it is confirmed.
     */
    public LabelMove moveLabel(long promptId, String label, PromptVersion version, Boolean protect, boolean confirmed) {
        String name = label.strip();
        if (name.isEmpty() || name.contains(",")) {
            throw new IllegalArgumentException("a label needs a name without commas");
        }
        Optional<PromptLabel> current = store.labels(promptId).stream().filter(l -> l.label().equals(name)).findFirst();
        boolean wasProtected = current.map(PromptLabel::protect).orElse(false);
        if (wasProtected && !confirmed && current.get().versionId() != version.id()) {
            return LabelMove.NEEDS_CONFIRMATION;
        }
        boolean nowProtected = protect != null ? protect : current.map(PromptLabel::protect)
                .orElse(PROTECTED_BY_DEFAULT.contains(name));
        if (wasProtected && !nowProtected && !confirmed) {
            return LabelMove.NEEDS_CONFIRMATION;
        }
        store.putLabel(promptId, name, version.id(), nowProtected);
        return LabelMove.MOVED;
    }

    /** What changed from one draft to another, e.g. from a version read from its file to the draft in the editor. */
    public PromptDiff diff(PromptDraft from, PromptDraft to) {
        return PromptDiff.between(from, to);
    }

    /** What changed from one version to another. */
    public PromptDiff diff(String name, PromptVersion from, PromptVersion to) throws InvalidFileException {
        PromptyParser parser = new PromptyParser();
        return PromptDiff.between(editor.draft(parser.parse(name + " v" + from.number(), name, from.content())),
                editor.draft(parser.parse(name + " v" + to.number(), name, to.content())));
    }
}
