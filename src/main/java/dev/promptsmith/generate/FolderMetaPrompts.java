package dev.promptsmith.generate;

import dev.promptsmith.prompt.PromptDocument;
import dev.promptsmith.prompt.PromptyParser;
import dev.promptsmith.shared.InvalidFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The meta-prompts of a workspace's {@code prompts/} folder, else those shipped: the command line has no store. */
public final class FolderMetaPrompts implements MetaPrompts {

    private final Path workspace;

    public FolderMetaPrompts(Path workspace) {
        this.workspace = workspace;
    }

    /**
     * @throws IllegalArgumentException when the workspace's file does not read, naming the file and line
     */
    @Override
    public PromptDocument latest(String name) {
        String file = "prompts/" + name + PromptyParser.EXTENSION;
        Path path = workspace.resolve(file);
        if (!Files.isRegularFile(path)) {
            return dev.promptsmith.prompt.BundledPrompts.require(name);
        }
        try {
            return new PromptyParser().parse(file, name, Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
