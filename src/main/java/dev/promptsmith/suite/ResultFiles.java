package dev.promptsmith.suite;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads promptfoo's {@code outputPath}: a path, or a list of paths, each in a format we write. */
final class ResultFiles {

    static final List<String> FORMATS = List.of("json", "jsonl", "csv", "yaml", "yml", "html", "xml");
    /** The workspace's own folders: results written there would be read back as prompts or suites. */
    private static final List<String> WORKSPACE_FOLDERS = List.of("prompts", "testcases");

    private ResultFiles() {
    }

    static List<ResultFile> read(Map<?, ?> root, Problems.Source source) {
        Object value = root.get("outputPath");
        if (value == null) {
            return List.of();
        }
        int line = source.line(root, "outputPath");
        if (value instanceof String path) {
            return one(path, line, source).map(List::of).orElse(List.of());
        }
        if (!(value instanceof List<?> paths)) {
            source.error(line, "'outputPath' is a file path, or a list of file paths");
            return List.of();
        }
        List<ResultFile> files = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            int at = source.line(paths, i);
            if (paths.get(i) instanceof String path) {
                one(path, at, source).ifPresent(files::add);
            } else {
                source.error(at, "'outputPath' is a file path, or a list of file paths");
            }
        }
        return files;
    }

    private static Optional<ResultFile> one(String path, int line, Problems.Source source) {
        String name;
        try {
            Path parsed = Path.of(path.strip()).normalize();
            name = parsed.getFileName() == null ? "" : parsed.getFileName().toString();
            if (!parsed.isAbsolute() && parsed.getNameCount() > 1
                    && WORKSPACE_FOLDERS.contains(parsed.getName(0).toString())) {
                source.error(line, "outputPath '" + path + "': results are not written into " + parsed.getName(0)
                        + "/, which holds the workspace's " + (parsed.getName(0).toString().equals("prompts")
                        ? "prompts" : "suites"));
                return Optional.empty();
            }
        } catch (InvalidPathException e) {
            source.error(line, "outputPath '" + path + "' is not a file path: " + e.getMessage());
            return Optional.empty();
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(extension)) {
            source.error(line, "outputPath '" + path + "': " + (extension.isEmpty() ? "no file extension"
                    : "'." + extension + "' is not a format Promptsmith writes") + "; use one of ."
                    + String.join(", .", FORMATS));
            return Optional.empty();
        }
        return Optional.of(new ResultFile(path.strip(), extension, line));
    }
}
