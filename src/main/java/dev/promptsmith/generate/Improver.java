package dev.promptsmith.generate;

import dev.promptsmith.model.ModelGateway;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.prompt.PromptCatalog;
import dev.promptsmith.prompt.PromptDiff;
import dev.promptsmith.prompt.PromptDraft;
import dev.promptsmith.prompt.PromptEditor;
import dev.promptsmith.prompt.PromptVersion;
import dev.promptsmith.prompt.PromptVersions;
import dev.promptsmith.prompt.SaveResult;
import dev.promptsmith.shared.InvalidFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Revisions of a prompt from the user's feedback and the cases it failed: a model proposes one with an
 * explanation, the user reads the diff, and accepting it saves a new version as the editor does.
 */
@Service
public class Improver {

    /** The longest explanation kept in a version's note. */
    private static final int NOTE = 200;

    private final MetaCall meta;
    private final PromptEditor editor;
    private final PromptReading reading;
    private final PromptCatalog prompts;
    private final PromptVersions versions;

    public Improver(MetaPrompts metaPrompts, ModelGateway gateway, PromptEditor editor, PromptCatalog prompts,
                    PromptVersions versions) {
        this.meta = new MetaCall(metaPrompts, gateway);
        this.editor = editor;
        this.reading = new PromptReading(editor);
        this.prompts = prompts;
        this.versions = versions;
    }

    /**
     * Asks the model for a revision of the version.
     *
     * @throws InvalidFileException when the stored version does not read as an editable prompt
     * @throws dev.promptsmith.model.ModelException when the call fails
     */
    public Revision propose(String promptName, PromptVersion version, String feedback, List<FailingCase> failures,
                            ModelTarget model) throws InvalidFileException {
        PromptDraft current = editor.draft(prompts.document(promptName, version));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("prompt", version.content());
        values.put("feedback", feedback == null ? "" : feedback.strip());
        values.put("failures", failures.stream().map(FailingCase::text).collect(Collectors.joining("\n")));
        MetaCall.Answer answer = meta.ask(MetaPrompts.IMPROVE_PROMPT, values, model);
        List<Problem> problems = new ArrayList<>(answer.problems());
        if (!answer.usable()) {
            return new Revision(promptName, version.number(), Optional.empty(), "", new PromptDiff(List.of()), problems);
        }
        String explanation = answer.json().get("explanation") instanceof String s ? s.strip() : "";
        if (explanation.isEmpty()) {
            problems.add(new Problem("explanation", "the answer does not say what was changed and why"));
        }
        PromptReading.Read read = reading.read(answer.json(), current, false);
        problems.addAll(read.problems().stream().filter(p -> !p.where().equals("prompt, sample")).toList());
        if (read.draft().isPresent()) {
            for (String variable : editor.check(current).variables()) {
                if (!read.variables().contains(variable)) {
                    problems.add(new Problem("prompt", "the revision no longer uses the variable '" + variable
                            + "', which the suite's cases give"));
                }
            }
        }
        PromptDiff diff = read.draft().map(revised -> versions.diff(current, revised)).orElse(new PromptDiff(List.of()));
        if (read.draft().isPresent() && diff.empty()) {
            problems.add(new Problem("prompt", "the revision is the same as version " + version.number()));
        }
        return new Revision(promptName, version.number(), read.draft(), explanation, diff, problems);
    }

    /** Saves the revision as the version after the one it revises (refused, as the editor's save, when that moved on). */
    public SaveResult accept(Revision revision) {
        if (revision.revised().isEmpty()) {
            return new SaveResult.Refused(List.of("there is no revision to save"));
        }
        String note = revision.explanation().isEmpty() ? "improved" : "improved: " + revision.explanation();
        return versions.save(revision.revised().get(), revision.basedOn(),
                note.length() > NOTE ? note.substring(0, NOTE - 1) + "…" : note);
    }
}
