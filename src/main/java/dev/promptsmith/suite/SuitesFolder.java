package dev.promptsmith.suite;

import dev.promptsmith.shared.FolderFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The {@code testcases/} folder of a workspace: one {@code NAME.yaml} suite file per suite. */
public final class SuitesFolder {

    public static final String NAME = "testcases";

    private SuitesFolder() {
    }

    /** The suite files directly in {@code testcases/}, sorted by name; none when the folder is missing. */
    public static List<Path> files(Path workspace) throws IOException {
        return FolderFiles.list(workspace.resolve(NAME), ".yaml", ".yml");
    }

    /** The suite's key: its file name without {@code .yaml} or {@code .yml}. */
    public static String suiteName(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.lastIndexOf('.'));
    }
}
