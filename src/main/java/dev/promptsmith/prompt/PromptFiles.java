package dev.promptsmith.prompt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code prompts/NAME.prompty} in step with what the editor saves (the setting
 * {@code promptsmith.editor.write-files}, on by default). Only prompts that live in
 * {@code prompts/} (or were made in the browser) are written: a prompt of a suite file stays in its suite.
 */
@Component
class PromptFiles {

    private final Path workspace;
    private final boolean enabled;

    // A String, not a Path: Spring would resolve a Path property against the servlet context.
    PromptFiles(@Value("${promptsmith.workspace}") String workspace,
                @Value("${promptsmith.editor.write-files:true}") boolean enabled) {
        this.workspace = Path.of(workspace).toAbsolutePath().normalize();
        this.enabled = enabled;
    }

    /** {@code prompts/NAME.prompty}, the source path a prompt written here has. */
    static String path(String name) {
        return PromptsFolder.NAME + "/" + name + PromptyParser.EXTENSION;
    }

    /** Whether a prompt read from {@code sourcePath} (null: made in the browser) is kept in its file. */
    boolean keeps(String name, Optional<String> sourcePath) {
        return enabled && sourcePath.map(path -> path.equals(path(name))).orElse(true);
    }

    /** Writes the file through a temporary file, so a reader never sees half of it; returns a problem or null. */
    String write(String name, String content) {
        Path file = workspace.resolve(path(name));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "." + name, ".tmp");
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return null;
        } catch (IOException e) {
            return path(name) + " could not be written: " + e.getMessage();
        }
    }

    /** The file's text, or null when there is none (or it cannot be read). */
    String read(String name) {
        try {
            return Files.readString(workspace.resolve(path(name)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** Removes the file, so the next start does not bring a deleted prompt back; returns a problem or null. */
    String delete(String name) {
        try {
            Files.deleteIfExists(workspace.resolve(path(name)));
            return null;
        } catch (IOException e) {
            return path(name) + " could not be deleted: " + e.getMessage();
        }
    }
}
