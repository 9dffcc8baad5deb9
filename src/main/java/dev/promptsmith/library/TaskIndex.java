package dev.promptsmith.library;

import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.shared.LocatedYaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the library's index, a YAML list of tasks; a missing or blank field is reported as {@code file:line}. */
final class TaskIndex {

    static final String RESOURCE = "library/tasks.yaml";
    private static final List<String> FIELDS = List.of("name", "title", "category", "description", "prompt", "suite");

    private TaskIndex() {
    }

    /** The index shipped on the class path. */
    static List<LibraryTask> shipped() {
        try (InputStream in = TaskIndex.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return read(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static List<LibraryTask> read(String file, String text) throws InvalidFileException {
        LocatedYaml yaml = LocatedYaml.read(file, text, 0);
        if (!(yaml.root() instanceof Map<?, ?> root) || !(root.get("tasks") instanceof List<?> entries)) {
            throw new InvalidFileException(file, 1, "expected a mapping with a list 'tasks'");
        }
        List<LibraryTask> tasks = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                throw new InvalidFileException(file, yaml.lineOf(entries, i), "a task is a mapping of " + FIELDS);
            }
            for (String field : FIELDS) {
                if (!(entry.get(field) instanceof String value) || value.isBlank()) {
                    throw new InvalidFileException(file, yaml.lineOf(entries, i), "the task needs a text '" + field + "'");
                }
            }
            tasks.add(new LibraryTask(text(entry, "name"), text(entry, "title"), text(entry, "category"),
                    text(entry, "description"), text(entry, "prompt"), text(entry, "suite")));
        }
        return List.copyOf(tasks);
    }

    private static String text(Map<?, ?> entry, String field) {
        return ((String) entry.get(field)).strip();
    }
}
