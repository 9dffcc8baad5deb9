package dev.promptsmith.suite;

import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.shared.JsJson;
import dev.promptsmith.shared.LocatedYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Variables whose value is a {@code file://} reference, as promptfoo fills them: a pattern
 * becomes one value per file it matches (so the test runs once per file); a YAML file is its
 * content written as compact JSON; any other file is its text, trimmed. Scripts, PDFs, images,
 * audio and video are refused with the line.
 */
final class VarFiles {

    private static final Set<String> REFUSED = Set.of("js", "cjs", "mjs", "ts", "cts", "mts", "py", "pdf", "png", "jpg",
            "jpeg", "gif", "webp", "bmp", "tif", "tiff", "ico", "avif", "heic", "svg", "mp3", "wav", "m4a", "ogg",
            "flac", "aac", "mp4", "webm", "mov", "avi", "mkv");

    private final SuiteFiles files;

    /** @param files the suite's files: references are relative to the suite file's folder, as in promptfoo */
    VarFiles(SuiteFiles files) {
        this.files = files;
    }

    static boolean referenced(Object value) {
        return value instanceof String text && text.startsWith(SuiteFiles.FILE_PREFIX);
    }

    /** The variables with every {@code file://} pattern replaced by the list of files it matches. */
    Map<String, Object> expand(Map<String, Object> vars, Problems.Source source, int line) {
        Map<String, Object> expanded = new LinkedHashMap<>();
        vars.forEach((name, value) -> {
            if (referenced(value) && SuiteFiles.isGlob((String) value)) {
                try {
                    List<Path> matches = files.expand((String) value);
                    if (matches.isEmpty()) {
                        source.error(line, "variable '" + name + "': no file matches " + value);
                    }
                    expanded.put(name, matches.stream().map(p -> SuiteFiles.FILE_PREFIX + files.written(p)).toList());
                } catch (IOException | java.nio.file.InvalidPathException e) {
                    source.error(line, "variable '" + name + "': " + e.getMessage());
                }
            } else {
                expanded.put(name, value);
            }
        });
        return expanded;
    }

    /** The variables with every {@code file://} value replaced by what promptfoo reads from the file. */
    Map<String, Object> load(Map<String, Object> vars, Problems.Source source, int line) {
        if (vars.values().stream().noneMatch(VarFiles::referenced)) {
            return vars;
        }
        Map<String, Object> loaded = new LinkedHashMap<>();
        vars.forEach((name, value) -> loaded.put(name, referenced(value) ? load(name, (String) value, source, line) : value));
        return loaded;
    }

    private Object load(String name, String reference, Problems.Source source, int line) {
        Path file;
        try {
            file = files.resolve(reference);
        } catch (java.nio.file.InvalidPathException e) {
            source.error(line, "variable '" + name + "': " + e.getMessage());
            return reference;
        }
        String fileName = file.getFileName().toString();
        String extension = fileName.contains(".")
                ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (REFUSED.contains(extension)) {
            source.error(line, "variable '" + name + "': " + reference + ": ." + extension + " files as variables "
                    + "(scripts, documents, images, audio, video) are not supported yet");
            return reference;
        }
        if (!Files.isRegularFile(file)) {
            source.error(line, "variable '" + name + "': there is no file " + files.display(file));
            return reference;
        }
        try {
            String text = files.read(file);
            if (extension.equals("yaml") || extension.equals("yml")) {
                return JsJson.compact(LocatedYaml.read(files.display(file), text, 0).root());
            }
            return text.strip();
        } catch (InvalidFileException e) {
            e.problems().forEach(p -> source.error(line, "variable '" + name + "': " + p));
            return reference;
        }
    }

    /** Variables written as {@code file://vars.yaml} (or a list of such): the files' mappings merged in order. */
    Map<String, Object> varsFromFiles(Object written, SuiteFiles relativeTo, Problems.Source source, int line) {
        List<Object> references = written instanceof List<?> list ? new ArrayList<>(list) : List.of(written);
        Map<String, Object> vars = new LinkedHashMap<>();
        if (!files.available()) {
            source.error(line, "'vars' is a mapping of names to values, or file:// references to YAML or JSON files "
                    + "(reading files needs the suite's folder)");
            return vars;
        }
        for (Object reference : references) {
            if (!(reference instanceof String path)) {
                source.error(line, "'vars' is a mapping of names to values, or file:// references to YAML or JSON files");
                continue;
            }
            try {
                List<Path> matches = relativeTo.expand(path);
                for (Path match : matches) {
                    if (!Files.isRegularFile(match)) {
                        source.error(line, "'vars': there is no file " + relativeTo.display(match));
                        continue;
                    }
                    Object root = LocatedYaml.read(relativeTo.display(match), relativeTo.read(match), 0).root();
                    if (root instanceof Map<?, ?> map) {
                        vars.putAll(Problems.plain(map));
                    } else {
                        source.error(line, "'vars': " + relativeTo.display(match) + " is not a mapping of names to values");
                    }
                }
            } catch (IOException | java.nio.file.InvalidPathException e) {
                source.error(line, "'vars': " + e.getMessage());
            } catch (InvalidFileException e) {
                e.problems().forEach(p -> source.error(line, "'vars': " + p));
            }
        }
        return vars;
    }
}
