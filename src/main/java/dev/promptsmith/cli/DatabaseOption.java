package dev.promptsmith.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --database} of the commands that keep what they do in the app's database. */
final class DatabaseOption {

    @Option(names = "--database", paramLabel = "DIR",
            description = "The data folder (default: PROMPTSMITH_DATA_DIR, else ./data, as the app).")
    private Path database;

    /** The data folder: {@code --database}, else PROMPTSMITH_DATA_DIR, else ./data, as the app. */
    Path folder() {
        return LocalDatabase.folder(database);
    }
}
