package dev.promptsmith.prompt;

import dev.promptsmith.shared.FolderFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The {@code prompts/} folder of a workspace: one {@code NAME.prompty} file per prompt. */
public final class PromptsFolder {

    public static final String NAME = "prompts";

    private PromptsFolder() {
    }

    /** The prompt files directly in {@code prompts/}, sorted by name; none when the folder is missing. */
    public static List<Path> files(Path workspace) throws IOException {
        return FolderFiles.list(workspace.resolve(NAME), PromptyParser.EXTENSION);
    }

    /** The prompt's key: its file name without {@code .prompty}. */
    public static String promptName(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.length() - PromptyParser.EXTENSION.length());
    }
}
