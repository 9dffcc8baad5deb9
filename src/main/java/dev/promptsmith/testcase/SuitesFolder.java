package dev.promptsmith.testcase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The {@code testcases/} folder of a workspace: one {@code NAME.yaml} suite file per suite. */
public final class SuitesFolder {

    public static final String NAME = "testcases";

    private SuitesFolder() {
    }

    /** The suite files directly in {@code testcases/}, sorted by name; none when the folder is missing. */
    public static List<Path> files(Path workspace) throws IOException {
        Path folder = workspace.resolve(NAME);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".yaml")
                            || f.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        }
    }

    /** The suite's key: its file name without {@code .yaml} or {@code .yml}. */
    public static String suiteName(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.lastIndexOf('.'));
    }
}
