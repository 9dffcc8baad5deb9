package dev.promptsmith.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A workspace folder with prompts/ and testcases/ that a test writes files into. */
public record Workspace(Path root) {

    public Workspace {
        try {
            Files.createDirectories(root.resolve("prompts"));
            Files.createDirectories(root.resolve("testcases"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Workspace write(String relativePath, String text) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Workspace delete(String relativePath) {
        try {
            Files.deleteIfExists(root.resolve(relativePath));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small valid prompt with one variable, {@code person}. */
    public static String prompt(String title, String userText) {
        return "---\nname: " + title + "\nsample:\n  person: Ada\n---\nsystem:\nBe brief.\n\nuser:\n" + userText + "\n";
    }

    /** A small valid suite that tests {@code promptName} with two cases. */
    public static String suite(String promptName) {
        return """
                description: Suite of %s
                prompts:
                  - file://prompts/%s.prompty
                tests:
                  - description: first
                    vars: {person: Ada}
                    assert:
                      - type: contains
                        value: Ada
                  - description: second
                    vars: {person: Bob}
                """.formatted(promptName, promptName);
    }
}
