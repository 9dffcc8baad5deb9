package dev.promptsmith.prompt;

import java.util.List;

/** What came of saving a draft. */
public sealed interface SaveResult {

    /**
     * A new version was stored.
     *
     * @param fileProblem why {@code prompts/NAME.prompty} could not be written, or {@code null}
     */
    record Saved(PromptVersion version, String fileProblem) implements SaveResult {
    }

    /** The draft is the latest version's content: nothing was stored. */
    record Unchanged(PromptVersion latest) implements SaveResult {
    }

    /**
     * Someone saved a newer version after the draft was started from {@code basedOn}: nothing
     * was stored, so nothing of theirs is overwritten. Saving again based on {@code latest}
     * stores the draft as a new version after it.
     */
    record Conflict(int basedOn, PromptVersion latest) implements SaveResult {

        public String describe() {
            return "Not saved: version " + latest.number() + " was saved"
                    // a version without an author was imported: its file changed on disk
                    + (latest.author() == null ? " from its file, changed on disk," : " by " + latest.author())
                    + " after you started editing version " + basedOn
                    + ". Save yours as version " + (latest.number() + 1) + " after it, or reload to see theirs.";
        }
    }

    /** The draft has problems (or its name is taken); nothing was stored. */
    record Refused(List<String> problems) implements SaveResult {
    }
}
