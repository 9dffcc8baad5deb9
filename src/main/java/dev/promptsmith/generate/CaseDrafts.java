package dev.promptsmith.generate;

import java.util.List;

/** Cases drafted for an existing prompt, with what was wrong with the answer as a whole. */
public record CaseDrafts(List<DraftedCase> cases, List<Problem> problems) {

    public CaseDrafts {
        cases = List.copyOf(cases);
        problems = List.copyOf(problems);
    }
}
