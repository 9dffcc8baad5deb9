package dev.promptsmith.library;

import java.util.List;

/**
 * A library task as the workspace holds it: whether its prompt and suite are there, the suite's number of
 * cases, and the latest pass rate of every model that ran it (empty when it has not run yet).
 */
public record TaskEntry(LibraryTask task, boolean promptPresent, boolean suitePresent, int cases,
                        List<ModelPassRate> latest) {

    public boolean complete() {
        return promptPresent && suitePresent;
    }

    /** What is missing from the workspace, e.g. {@code prompt prompts/x.prompty}; empty when nothing is. */
    public List<String> missing() {
        List<String> missing = new java.util.ArrayList<>();
        if (!promptPresent) {
            missing.add("prompt prompts/" + task.prompt() + ".prompty");
        }
        if (!suitePresent) {
            missing.add("suite testcases/" + task.suite() + ".yaml");
        }
        return missing;
    }
}
