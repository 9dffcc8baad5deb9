package dev.promptsmith.prompt;

import dev.promptsmith.support.H2Database;
import java.nio.file.Path;

/** The prompt services over a test database and workspace, for tests of the packages above. */
public final class PromptServices {

    private PromptServices() {
    }

    public static PromptLifecycle lifecycle(PromptStore store, H2Database database, Path workspace) {
        PromptEditor editor = new PromptEditor();
        PromptFiles files = new PromptFiles(workspace.toString(), true);
        PromptVersions versions = new PromptVersions(store, editor, files, database.transactions(), "ada");
        return new PromptLifecycle(store, editor, versions, files, database.transactions());
    }
}
