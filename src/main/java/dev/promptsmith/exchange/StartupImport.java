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

    // A String, not a Path: Spring would resolve a Path property against the servlet context.
    StartupImport(WorkspaceImporter importer, @Value("${promptsmith.workspace}") String workspace) {
        this.importer = importer;
        this.workspace = Path.of(workspace).toAbsolutePath().normalize();
    }

    Path workspace() {
        return workspace;
    }

    @Override
    public void run(ApplicationArguments args) {
        importer.importWorkspace(workspace);
    }
}
