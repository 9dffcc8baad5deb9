package dev.promptsmith.generate;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.prompt.PromptDraft;
import dev.promptsmith.prompt.PromptVersions;
import dev.promptsmith.prompt.SaveResult;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.suiteedit.SuiteDraft;
import dev.promptsmith.suiteedit.SuiteEditing;
import dev.promptsmith.suiteedit.SuiteSave;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Keeping what the user chose of the drafts, by the editors' own save paths: a drafted prompt becomes a prompt's
 * first version (and {@code prompts/NAME.prompty}), its kept cases a new suite {@code testcases/NAME.yaml}; cases and
 * checks drafted for a suite are added to it as the suite editor saves.
 */
@Service
public class DraftSaving {

    private final PromptVersions versions;
    private final SuiteEditing suites;

    public DraftSaving(PromptVersions versions, SuiteEditing suites) {
        this.versions = versions;
        this.suites = suites;
    }

    /**
     * Saves the prompt, then a suite of the same name with the kept cases run on {@code models}, written and imported
     * once. When the prompt is refused nothing is saved; when the suite is, the prompt stays and the messages say why.
     */
    public Kept keep(PromptDraft prompt, List<DraftedCase> cases, List<ModelTarget> models) {
        SaveResult saved = versions.save(prompt, 0, "generated from a task description");
        if (!(saved instanceof SaveResult.Saved version)) {
            return Kept.refused(describe(saved));
        }
        List<String> messages = new ArrayList<>();
        messages.add("Saved " + prompt.name() + " version " + version.version().number()
                + (version.fileProblem() == null ? "" : " (its file: " + version.fileProblem() + ")"));
        SuiteSave created = suites.create(prompt.name(), prompt.title() + " (generated)", List.of(prompt.name()),
                models.stream().map(ProviderEntry::of).toList(), cases.stream().map(DraftedCase::asTest).toList());
        messages.addAll(created instanceof SuiteSave.Saved ? List.of("Saved " + SuiteEditing.path(prompt.name())
                + " with " + cases.size() + " case" + (cases.size() == 1 ? "" : "s")) : describe(created));
        return new Kept(created instanceof SuiteSave.Saved, messages);
    }

    /** Adds cases, and checks (to every case: the suite's defaults; or to one case), to a suite's file. */
    public Kept addToSuite(String suite, List<DraftedCase> cases, List<SuggestedCheck> checks) {
        SuiteDraft draft;
        try {
            draft = suites.open(suite);
        } catch (InvalidFileException e) {
            return Kept.refused(e.problems().stream().map(Object::toString).toList());
        }
        SuiteSave saved = add(draft, cases, checks);
        return saved instanceof SuiteSave.Saved
                ? new Kept(true, List.of("Added " + cases.size() + " case" + (cases.size() == 1 ? "" : "s") + " and "
                        + checks.size() + " check" + (checks.size() == 1 ? "" : "s") + " to " + draft.file()))
                : Kept.refused(describe(saved));
    }

    private SuiteSave add(SuiteDraft draft, List<DraftedCase> cases, List<SuggestedCheck> checks) {
        List<Map<String, Object>> tests = new ArrayList<>();
        draft.cases().forEach(test -> tests.add(new LinkedHashMap<>(test)));
        cases.forEach(drafted -> tests.add(drafted.asTest()));
        Map<String, Object> defaults = new LinkedHashMap<>(draft.defaultTest());
        for (SuggestedCheck check : checks) {
            Map<String, Object> target = check.caseNumber() == 0 ? defaults : tests.get(check.caseNumber() - 1);
            List<Object> asserts = target.get("assert") instanceof List<?> list ? new ArrayList<>(list) : new ArrayList<>();
            asserts.add(new LinkedHashMap<>(check.check()));
            target.put("assert", asserts);
        }
        return suites.save(draft.edited(tests, defaults, draft.prompts(), draft.providers()));
    }

    private static List<String> describe(SaveResult result) {
        return switch (result) {
            case SaveResult.Refused refused -> refused.problems();
            case SaveResult.Conflict conflict -> List.of(conflict.describe());
            case SaveResult.Unchanged unchanged -> List.of("nothing changed");
            case SaveResult.Saved saved -> List.of();
        };
    }

    private static List<String> describe(SuiteSave result) {
        return switch (result) {
            case SuiteSave.Refused refused -> refused.problems();
            case SuiteSave.Stale stale -> List.of(stale.message());
            case SuiteSave.Unchanged unchanged -> List.of("nothing changed");
            case SuiteSave.Saved saved -> List.of();
        };
    }
}
