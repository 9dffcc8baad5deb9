package dev.promptsmith.generate;

import dev.promptsmith.prompt.PromptDraft;
import java.util.List;
import java.util.Optional;

/**
 * A drafted prompt and its cases, for the user to review.
 *
 * @param prompt    the drafted prompt, empty when the answer held none that could be read
 * @param variables the variables the prompt uses
 * @param problems  what was wrong with the prompt or the answer as a whole (a case's own are with it)
 */
public record Generation(Optional<PromptDraft> prompt, List<String> variables, List<DraftedCase> cases,
                         List<Problem> problems) {

    public Generation {
        variables = List.copyOf(variables);
        cases = List.copyOf(cases);
        problems = List.copyOf(problems);
    }

    /** Every problem, the answer's then the cases'. */
    public List<Problem> allProblems() {
        List<Problem> all = new java.util.ArrayList<>(problems);
        cases.forEach(c -> all.addAll(c.problems()));
        return all;
    }
}
