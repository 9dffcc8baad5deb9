package dev.promptsmith.generate;

import java.util.List;

/**
 * What came of keeping drafts.
 *
 * @param saved    whether everything was saved
 * @param messages what was saved, or why not
 */
public record Kept(boolean saved, List<String> messages) {

    public Kept {
        messages = List.copyOf(messages);
    }

    static Kept refused(List<String> problems) {
        return new Kept(false, problems);
    }
}
