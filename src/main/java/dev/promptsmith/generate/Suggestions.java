package dev.promptsmith.generate;

import java.util.List;

/** The checks suggested for a suite, and those that could not be used, with why. */
public record Suggestions(List<SuggestedCheck> checks, List<Problem> problems) {

    public Suggestions {
        checks = List.copyOf(checks);
        problems = List.copyOf(problems);
    }
}
