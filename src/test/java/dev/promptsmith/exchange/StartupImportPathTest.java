package dev.promptsmith.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StartupImportPathTest {

    @Test
    void aRelativeWorkspaceIsTheFolderTheAppWasStartedIn() {
        StartupImport startup = new StartupImport(null, ".");

        assertThat(startup.workspace()).isEqualTo(Path.of("").toAbsolutePath());
    }
}
