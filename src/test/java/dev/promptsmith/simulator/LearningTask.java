package dev.promptsmith.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A scripted task for the {@link LearningModel}: a start prompt that states none of the task's hidden rules, the
 * rules, and cases that each depend on some of the rules (their checks test exactly those rules).
 *
 * @param marker a sentence of the start prompt that tells the model which task a request is for
 * @param variable the one template variable of the prompt
 */
public record LearningTask(String name, String marker, String variable, List<Rule> rules, int cases) {

    /**
     * A hidden rule.
     *
     * @param phrase what a prompt must say (anywhere in its system message, any case) for answers to follow the rule
     * @param good   the part of an answer that follows it
     * @param bad    the part of an answer that does not
     * @param check  the suite check (one YAML flow mapping) that passes on {@code good} and fails on {@code bad}
     * @param reveal a text the check's failure reason contains, by which a reflecting proposer recognises the rule
     */
    public record Rule(String id, String phrase, String good, String bad, String check, String reveal) {
    }

    /** Three support-ticket rules: a category from a list, a priority, no apologies. */
    public static LearningTask triage() {
        return new LearningTask("triage", "You triage support tickets.", "ticket", List.of(
                new Rule("category", "Name the category as one of billing, bug or other.", "category: billing",
                        "It seems to be about money.", "{type: regex, value: 'category: (billing|bug|other)'}",
                        "category: (billing|bug|other)"),
                new Rule("priority", "State the priority as low, normal or high.", "priority: high", "",
                        "{type: contains, value: 'priority: '}", "priority: "),
                new Rule("apology", "Never apologize.", "", "Sorry for the trouble.",
                        "{type: not-icontains, value: sorry}", "sorry")), 12);
    }

    /** Three summary rules: bullets, a TL;DR line, a word limit shown by an example. */
    public static LearningTask summary() {
        return new LearningTask("summary", "You summarize meeting notes.", "notes", List.of(
                new Rule("bullets", "Write each point as a line starting with '- '.", "- budget approved",
                        "The budget was approved.", "{type: regex, value: '\\n- '}", "\\n- "),
                new Rule("tldr", "End with a line that starts with TL;DR:", "TL;DR: approved", "",
                        "{type: contains, value: 'TL;DR:'}", "TL;DR:"),
                new Rule("example", "Example of a good point: '- owner: Ana'.", "- owner: Ana", "",
                        "{type: icontains, value: 'owner:'}", "owner:")), 12);
    }

    /** Whether case {@code i} depends on rule {@code r}: the cases run through every combination of the rules. */
    public boolean dependsOn(int i, int r) {
        return ((i % (1 << rules.size())) & (1 << r)) != 0;
    }

    /** The start prompt as a {@code .prompty} file: only the marker, so it follows no rule. */
    public String promptFile() {
        return "---\nname: " + name + "\nversion: 1\n---\nsystem:\n" + marker + "\n\nuser:\n{{ " + variable + " }}\n";
    }

    /** The prompt's suite: case i has the checks of the rules it depends on (a case with none checks the topic). */
    public String suiteFile() {
        StringBuilder yaml = new StringBuilder("description: " + name + " (scripted learning task)\n"
                + "prompts: [file://prompts/" + name + ".prompty]\ntests:\n");
        for (int i = 0; i < cases; i++) {
            yaml.append("  - description: ").append(name).append(" case ").append(i).append('\n')
                    .append("    vars: {").append(variable).append(": '").append(input(i)).append("'}\n")
                    .append("    assert:\n");
            List<String> checks = new ArrayList<>();
            for (int r = 0; r < rules.size(); r++) {
                if (dependsOn(i, r)) {
                    checks.add(rules.get(r).check());
                }
            }
            if (checks.isEmpty()) {
                checks.add("{type: icontains, value: 'answer for'}");
            }
            yaml.append(checks.stream().map(c -> "      - " + c + "\n").collect(Collectors.joining()));
        }
        return yaml.toString();
    }

    /** The input of case {@code i}: unique per task, so a proposal can be searched for it. */
    public String input(int i) {
        return name + " input number " + i;
    }
}
