package dev.promptsmith.exchange;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Imports the workspace's files once the application has started. */
@Component
class StartupImport implements ApplicationRunner {

    private final WorkspaceImporter importer;
    private final Path workspace;

    StartupImport(WorkspaceImporter importer, @Value("${promptsmith.workspace}") Path workspace) {
        this.importer = importer;
        this.workspace = workspace;
    }

    @Override
    public void run(ApplicationArguments args) {
        importer.importWorkspace(workspace);
    }
}
