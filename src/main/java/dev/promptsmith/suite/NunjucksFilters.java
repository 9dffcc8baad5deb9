package dev.promptsmith.suite;

import dev.promptsmith.shared.InvalidFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads promptfoo's {@code nunjucksFilters}: a mapping of filter names to JavaScript files (paths
 * relative to the suite's folder, written without {@code file://}, as promptfoo reads them; a glob
 * names its last match) whose exported function becomes a filter of every template of the suite.
 * Each file is read here, so a changed filter is a new suite version; it runs where the suite runs.
 */
final class NunjucksFilters {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final List<String> EXTENSIONS = List.of(".js", ".cjs", ".mjs");

    private NunjucksFilters() {
    }

    /** @return each filter's name and its script as Promptsmith's scripts name it ({@code file://path}) */
    static Map<String, String> read(Map<?, ?> root, SuiteFiles files, Problems.Source source) {
        Object value = root.get("nunjucksFilters");
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> entries)) {
            source.error(source.line(root, "nunjucksFilters"), "'nunjucksFilters' is a mapping of filter names to "
                    + "JavaScript files, e.g. 'shout: filters/shout.js'");
            return Map.of();
        }
        if (entries.isEmpty()) {
            return Map.of();
        }
        if (!files.available()) {
            source.error(source.line(root, "nunjucksFilters"), "nunjucksFilters are read from files; reading files "
                    + "needs the suite's folder");
            return Map.of();
        }
        Map<String, String> filters = new LinkedHashMap<>();
        entries.forEach((key, path) -> {
            String name = String.valueOf(key);
            int line = source.line(entries, name);
            String problem = problem(name, path);
            if (problem != null) {
                source.error(line, "nunjucksFilters: filter '" + name + "': " + problem);
                return;
            }
            String written = path.toString().strip();
            try {
                List<Path> matches = files.expand(written);
                Path file = matches.isEmpty() ? null : matches.getLast();
                if (file == null || !Files.isRegularFile(file)) {
                    source.error(line, "nunjucksFilters: filter '" + name + "': there is no file "
                            + (file == null ? written : files.display(file)));
                    return;
                }
                files.read(file);
                filters.put(name, SuiteFiles.FILE_PREFIX + files.written(file));
            } catch (IOException | java.nio.file.InvalidPathException e) {
                source.error(line, "nunjucksFilters: filter '" + name + "': " + e.getMessage());
            } catch (InvalidFileException e) {
                e.problems().forEach(source::report);
            }
        });
        return filters;
    }

    private static String problem(String name, Object path) {
        if (!NAME.matcher(name).matches()) {
            return "a filter's name is a word of letters, digits and '_'";
        }
        if (!(path instanceof String written) || written.isBlank()) {
            return "the value is the path of a JavaScript file that exports the filter function";
        }
        if (written.strip().startsWith(SuiteFiles.FILE_PREFIX)) {
            return "promptfoo reads a filter's path without 'file://' (with it, promptfoo finds no file and every "
                    + "template that uses the filter fails); write '" + SuiteFiles.strip(written.strip()) + "'";
        }
        String lower = written.strip().toLowerCase(Locale.ROOT);
        if (EXTENSIONS.stream().noneMatch(lower::endsWith)) {
            return "a filter is a JavaScript file (.js, .cjs, .mjs); '" + written.strip() + "' is not";
        }
        return null;
    }
}
