package dev.promptsmith.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** The files directly in a folder whose names end with one of some extensions. */
public final class FolderFiles {

    private FolderFiles() {
    }

    /** Sorted by name; none when the folder does not exist. */
    public static List<Path> list(Path folder, String... extensions) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> Arrays.stream(extensions).anyMatch(f.getFileName().toString()::endsWith))
                    .sorted()
                    .toList();
        }
    }
}
