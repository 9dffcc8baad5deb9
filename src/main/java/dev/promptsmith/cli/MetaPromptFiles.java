package dev.promptsmith.cli;

import dev.promptsmith.prompt.PromptStore;
import dev.promptsmith.prompt.PromptyParser;
import dev.promptsmith.shared.InvalidFileException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The optimizer's own prompts ({@code prompts/promptsmith-optimize-*.prompty}) stored from the workspace, as the app
 * imports them on start: the command line has no import of its own, and the optimizer reads them from the store.
 */
final class MetaPromptFiles {

    static final String PATTERN = "promptsmith-optimize-*" + PromptyParser.EXTENSION;

    private MetaPromptFiles() {
    }

    /** @return the problems of files that cannot be read, as {@code file: message} */
    static List<String> record(Path workspace, PromptStore prompts) throws IOException {
        Path folder = workspace.resolve("prompts");
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return problems;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PATTERN)) {
            for (Path file : files) {
                String fileName = file.getFileName().toString();
                String name = fileName.substring(0, fileName.length() - PromptyParser.EXTENSION.length());
                String relative = "prompts/" + fileName;
                try {
                    prompts.record(new PromptyParser().parse(relative, name, Files.readString(file)), relative,
                            "imported by the command line");
                } catch (InvalidFileException e) {
                    problems.add(relative + ": " + e.getMessage());
                }
            }
        }
        return problems;
    }
}
