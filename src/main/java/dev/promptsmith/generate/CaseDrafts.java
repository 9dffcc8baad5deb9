package dev.promptsmith.generate;

import java.util.List;

/**
 * Cases drafted for an existing prompt, with what was wrong with the answer as a whole.
 *
 * @param variables the variables of the prompt, which every case must give
 */
public record CaseDrafts(List<DraftedCase> cases, List<String> variables, List<Problem> problems) {

    public CaseDrafts {
        cases = List.copyOf(cases);
        variables = List.copyOf(variables);
        problems = List.copyOf(problems);
    }
}
