package dev.promptsmith.prompt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The {@code prompts/} folder of a workspace: one {@code NAME.prompty} file per prompt. */
public final class PromptsFolder {

    public static final String NAME = "prompts";

    private PromptsFolder() {
    }

    /** The prompt files directly in {@code prompts/}, sorted by name; none when the folder is missing. */
    public static List<Path> files(Path workspace) throws IOException {
        Path folder = workspace.resolve(NAME);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(PromptyParser.EXTENSION))
                    .sorted()
                    .toList();
        }
    }

    /** The prompt's key: its file name without {@code .prompty}. */
    public static String promptName(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.length() - PromptyParser.EXTENSION.length());
    }
}
