package dev.promptsmith.generate;

import dev.promptsmith.prompt.PromptDiff;
import dev.promptsmith.prompt.PromptDraft;
import java.util.List;
import java.util.Optional;

/**
 * A revision of a prompt a model proposed, for the user to accept or not.
 *
 * @param basedOn  the number of the version it revises; accepting it saves the next version after it
 * @param revised  the revised prompt, empty when the answer held none that could be read
 * @param diff     what changed from the version, empty when there is no revision
 */
public record Revision(String promptName, int basedOn, Optional<PromptDraft> revised, String explanation,
                       PromptDiff diff, List<Problem> problems) {

    public Revision {
        problems = List.copyOf(problems);
    }

    /** Whether the revision can be saved as a version: it was read, its templates parse and it changes something. */
    public boolean acceptable() {
        return revised.isPresent() && !diff.empty()
                && problems.stream().noneMatch(p -> p.where().startsWith("prompt, ") && p.where().endsWith("message"));
    }
}
