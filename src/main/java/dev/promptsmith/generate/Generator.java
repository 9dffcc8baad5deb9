package dev.promptsmith.generate;

import dev.promptsmith.model.ModelGateway;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.prompt.PromptDocument;
import dev.promptsmith.prompt.PromptDraft;
import dev.promptsmith.prompt.PromptEditor;
import dev.promptsmith.suiteedit.CheckSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Drafts prompts and test cases with a model of the user's choice: a prompt and its cases from a task, more cases
 * for a prompt, and checks for a suite. Nothing is saved here; the user reviews the drafts first.
 */
@Service
public class Generator {

    /** How many cases a new prompt gets, a mix of typical, edge and adversarial ones. */
    static final int FIRST_CASES = 8;

    private final MetaCall meta;
    private final PromptEditor editor;
    private final PromptReading prompts;
    private final CaseReading cases = new CaseReading();

    public Generator(MetaPrompts metaPrompts, ModelGateway gateway, PromptEditor editor) {
        this.meta = new MetaCall(metaPrompts, gateway);
        this.editor = editor;
        this.prompts = new PromptReading(editor);
    }

    /**
     * A prompt drafted from the task, then cases for it (two calls). When the prompt cannot be read, no cases are
     * asked for and the problems say why.
     *
     * @throws dev.promptsmith.model.ModelException when a call fails
     */
    public Generation generate(Task task, ModelTarget model) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("task", task.description().strip());
        values.put("examples", task.examplesText());
        values.put("name", task.name());
        MetaCall.Answer answer = meta.ask(MetaPrompts.GENERATE_PROMPT, values, model);
        List<Problem> problems = new ArrayList<>(answer.problems());
        if (!answer.usable()) {
            return new Generation(java.util.Optional.empty(), List.of(), List.of(), problems);
        }
        PromptDraft base = new PromptDraft(task.name(), task.name(), "", List.of(), PromptDraft.Parameters.NONE,
                Map.of(), Map.of());
        PromptReading.Read read = prompts.read(answer.json(), base, true);
        problems.addAll(read.problems());
        if (read.draft().isEmpty() || read.problems().stream().anyMatch(p -> p.where().contains("message"))) {
            return new Generation(read.draft(), read.variables(), List.of(), problems);
        }
        CaseDrafts drafted = cases(task.description(), editor.text(read.draft().get()), read.variables(), List.of(),
                FIRST_CASES, model);
        problems.addAll(drafted.problems());
        return new Generation(read.draft(), read.variables(), drafted.cases(), problems);
    }

    /**
     * More cases for a stored prompt, different from those its suite has.
     *
     * @param existing the suite's cases, as its {@code tests} entries
     */
    public CaseDrafts moreCases(PromptDocument prompt, List<Map<String, Object>> existing, int count,
                                ModelTarget model) {
        List<String> descriptions = existing.stream()
                .map(test -> "- " + String.valueOf(test.getOrDefault("description", test.get("vars"))))
                .toList();
        return cases(task(prompt), prompt.content(), prompt.variables(), descriptions, count, model);
    }

    /**
     * Checks a suite lacks, each for every case or for one.
     *
     * @param existing the suite's cases, as its {@code tests} entries, numbered from 1 in this order
     */
    public Suggestions suggestChecks(PromptDocument prompt, List<Map<String, Object>> existing, ModelTarget model) {
        StringBuilder listed = new StringBuilder();
        for (int i = 0; i < existing.size(); i++) {
            Map<String, Object> test = existing.get(i);
            Object vars = test.get("vars") instanceof Map<?, ?> map ? map.keySet() : List.of();
            String checks = CheckSummary.of(test.get("assert"));
            listed.append(i + 1).append(". ").append(test.getOrDefault("description", "Case " + (i + 1)))
                    .append(" (vars: ").append(vars).append(") - checks: ")
                    .append(checks.isEmpty() ? "none" : checks).append('\n');
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("prompt", prompt.content());
        values.put("task", task(prompt));
        values.put("cases", listed.toString().strip());
        values.put("check_types", CheckCatalog.text());
        MetaCall.Answer answer = meta.ask(MetaPrompts.SUGGEST_CHECKS, values, model);
        List<Problem> problems = new ArrayList<>(answer.problems());
        List<SuggestedCheck> suggested = new ArrayList<>();
        if (!answer.usable()) {
            return new Suggestions(suggested, problems);
        }
        if (!(answer.json().get("checks") instanceof List<?> list)) {
            problems.add(new Problem("checks", "the answer has no \"checks\" list"));
            return new Suggestions(suggested, problems);
        }
        for (int i = 0; i < list.size(); i++) {
            String where = "suggestion " + (i + 1);
            if (!(list.get(i) instanceof Map<?, ?> item)) {
                problems.add(new Problem(where, "is not an object"));
                continue;
            }
            int number = item.get("case") instanceof Number n ? n.intValue() : 0;
            if (number < 0 || number > existing.size()) {
                problems.add(new Problem(where, "names case " + number + ", and the suite has "
                        + existing.size() + "; left out"));
                continue;
            }
            String why = item.get("why") instanceof String s ? s.strip() : "";
            cases.check(item.get("check"), where, problems)
                    .ifPresent(check -> suggested.add(new SuggestedCheck(number, why, check)));
        }
        return new Suggestions(suggested, problems);
    }

    private CaseDrafts cases(String task, String promptText, List<String> variables, List<String> existing,
                             int count, ModelTarget model) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("task", task);
        values.put("prompt", promptText);
        values.put("variables", variables.isEmpty() ? "(none)" : String.join(", ", variables));
        values.put("existing", String.join("\n", existing));
        values.put("count", count);
        values.put("check_types", CheckCatalog.text());
        MetaCall.Answer answer = meta.ask(MetaPrompts.GENERATE_CASES, values, model);
        List<Problem> problems = new ArrayList<>(answer.problems());
        if (!answer.usable()) {
            return new CaseDrafts(List.of(), variables, problems);
        }
        List<DraftedCase> drafted = cases.cases(answer.json().get("cases"), variables, problems);
        return new CaseDrafts(drafted, variables, problems);
    }

    private static String task(PromptDocument prompt) {
        return prompt.description() == null || prompt.description().isBlank() ? prompt.title() : prompt.description();
    }
}
