package dev.promptsmith.suite;

import dev.promptsmith.prompt.PromptDocument;
import dev.promptsmith.prompt.PromptFunction;
import dev.promptsmith.prompt.PromptyParser;
import dev.promptsmith.shared.FileProblem;
import dev.promptsmith.shared.InvalidFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a suite's {@code prompts} as promptfoo does: inline text (sent as written, never split
 * into roles), {@code {id, label, raw}} objects, a map of path to label, and files: {@code .txt}
 * (prompts separated by {@code ---} lines), {@code .json}, {@code .jsonl} (one prompt a line),
 * {@code .yaml}, {@code .md}, {@code .j2}, {@code .csv} (a {@code prompt} and a {@code label}
 * column), globs of them, and Promptsmith's own {@code .prompty} files of {@code prompts/}.
 * Prompt functions in JavaScript ({@code file://x.js[:name]}) and Python ({@code file://x.py:name}) are
 * read with their file; other executables are refused with the line.
 */
final class PromptEntries {

    private static final Pattern PROMPT_NAME = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final List<String> PROMPTFOO_FILE_EXTENSIONS = List.of(".cjs", ".cts", ".j2", ".js", ".json",
            ".jsonl", ".md", ".mjs", ".mts", ".py", ".ts", ".txt", ".yml", ".yaml");
    private static final Set<String> FUNCTIONS = Set.of("js", "cjs", "mjs", "ts", "cts", "mts", "py", "go", "rb",
            "sh", "bash", "exe", "bat", "cmd", "ps1", "pl");
    private static final Set<String> ENTRY_KEYS = Set.of("id", "label", "raw");
    /** The prompt functions Promptsmith runs: JavaScript in its sandbox, Python as a process. */
    private static final Set<String> SCRIPT_FUNCTIONS = Set.of("js", "cjs", "mjs", "py");

    /** A prompt found, before it is named: either a promptfoo text or a {@code .prompty} document. */
    private record Found(String label, String text, PromptDocument prompty, String path, int fileLine, int line,
                         String origin, PromptFunction function) {

        Found(String label, String text, PromptDocument prompty, String path, int fileLine, int line, String origin) {
            this(label, text, prompty, path, fileLine, line, origin, null);
        }
    }

    private final SuiteFiles files;
    private final PromptyParser parser;
    private final String suiteName;
    private final Problems.Source source;
    private final List<String> filters;
    private final List<Found> found = new ArrayList<>();
    private int errors;

    /** @param filters the names of the suite's own template filters, which its prompt texts may use */
    PromptEntries(SuiteFiles files, PromptyParser parser, String suiteName, Problems.Source source,
                  List<String> filters) {
        this.files = files;
        this.parser = parser;
        this.suiteName = suiteName;
        this.source = source;
        this.filters = filters;
    }

    List<SuitePrompt> read(Map<?, ?> root) {
        Object value = root.get("prompts");
        if (value == null) {
            error(source.line(root), "a suite names the prompts it tests under 'prompts'");
            return List.of();
        }
        int line = source.line(root, "prompts");
        switch (value) {
            case String text -> entry(text, null, line);
            case List<?> list -> {
                for (int i = 0; i < list.size(); i++) {
                    listEntry(list.get(i), source.line(list, i));
                }
            }
            case Map<?, ?> map -> map.forEach((path, label) -> {
                if (label instanceof String text) {
                    entry(String.valueOf(path), text, source.line(map, String.valueOf(path)));
                } else {
                    error(source.line(map, String.valueOf(path)), "in a map of prompts, each path's value is "
                            + "its label (text)");
                }
            });
            default -> error(line, "'prompts' is a list of prompts, a prompt, or a map of paths to labels");
        }
        if (found.isEmpty() && errors == 0) {
            error(line, "'prompts' names no prompt");
        }
        return named();
    }

    private void error(int line, String message) {
        errors++;
        source.error(line, message);
    }

    private void report(FileProblem problem) {
        errors++;
        source.report(problem);
    }

    private void listEntry(Object entry, int line) {
        if (entry instanceof String text) {
            entry(text, null, line);
            return;
        }
        if (entry instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                if (!ENTRY_KEYS.contains(String.valueOf(key))) {
                    error(source.line(map, String.valueOf(key)), "'" + key + "' in a prompt is not supported by "
                            + "Promptsmith yet; ignoring it could change the requests, so the suite is not run without it");
                }
            }
            Object raw = map.get("raw") instanceof String r && !r.isEmpty() ? r : map.get("id");
            Object label = map.get("label");
            if (raw instanceof String text && !text.isEmpty() && (label == null || label instanceof String)) {
                entry(text, (String) label, line);
                return;
            }
        }
        error(line, "a prompt is text, a file:// reference, or a mapping with 'raw' or 'id' (and 'label')");
    }

    private void entry(String raw, String label, int line) {
        if (raw.startsWith("exec:")) {
            error(line, "exec: prompts (a command that prints the prompt) are not supported yet");
            return;
        }
        if (!maybeFilePath(raw)) {
            // a bare name is a prompt of prompts/ when there is one by that name, else text as in promptfoo
            Path prompty = files.available() && PROMPT_NAME.matcher(raw).matches() ? files.workspace().resolve("prompts")
                    .resolve(raw.endsWith(PromptyParser.EXTENSION) ? raw : raw + PromptyParser.EXTENSION) : null;
            if (prompty != null && Files.isRegularFile(prompty)) {
                prompty(prompty, label, line);
            } else {
                found.add(new Found(label == null ? raw : label, raw, null, source.file, line, line,
                        "Inline prompt of " + source.file));
            }
            return;
        }
        String path = SuiteFiles.strip(raw);
        String extension = extension(path.contains(":") && path.lastIndexOf(':') > 1
                ? path.substring(0, path.lastIndexOf(':')) : path);
        if (SCRIPT_FUNCTIONS.contains(extension) && files.available() && !SuiteFiles.isGlob(path)) {
            function(raw, path, extension, label, line);
            return;
        }
        if (FUNCTIONS.contains(extension)) {
            error(line, "prompt '" + raw + "': prompt functions in " + (SCRIPT_FUNCTIONS.contains(extension)
                    ? "a glob of files" : "." + extension + " files and executables") + " are not supported yet; "
                    + "name one JavaScript or Python file (file://prompt.js, file://prompt.py:function_name)");
            return;
        }
        if (!files.available()) {
            error(line, "prompt '" + raw + "' is read as a file; reading files needs the suite's folder");
            return;
        }
        try {
            if (SuiteFiles.isGlob(path)) {
                List<Path> matches = files.expand(path);
                if (matches.isEmpty()) {
                    // as promptfoo: a pattern that matches no file is the prompt's text
                    found.add(new Found(label == null ? raw : label, raw, null, source.file, line, line,
                            "Inline prompt of " + source.file));
                }
                for (Path match : matches) {
                    file(match, label, line);
                }
                return;
            }
            Path file = files.resolve(path);
            if (extension.equals("prompty") && !Files.isRegularFile(file)) {
                file = files.workspace().resolve("prompts").resolve(file.getFileName());
            }
            if (!Files.isRegularFile(file) && extension.equals("prompty")) {
                String name = file.getFileName().toString().replaceFirst("\\.prompty$", "");
                error(line, "prompt '" + name + "' is not in prompts/ (expected prompts/" + name + ".prompty)");
                return;
            }
            if (!Files.isRegularFile(file)) {
                error(line, "prompt '" + raw + "': there is no file " + files.display(file)
                        + (raw.startsWith(SuiteFiles.FILE_PREFIX) ? "" : " (promptfoo reads text with '/', '*' or a "
                        + "file extension on one line as a file path; write it as a YAML block (|), which ends in a line "
                        + "break, to send it as text)"));
                return;
            }
            file(file, label, line);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            error(line, "prompt '" + raw + "': " + e.getMessage());
        } catch (InvalidFileException e) {
            e.problems().forEach(this::report);
        }
    }

    private void file(Path file, String label, int line) throws InvalidFileException {
        String extension = extension(file.getFileName().toString());
        if (extension.equals("prompty")) {
            prompty(file, label, line);
            return;
        }
        String display = files.display(file);
        String written = files.written(file);
        String text;
        switch (extension) {
            case "txt" -> {
                text = files.read(file);
                txt(text, label, display, written, line);
            }
            case "json" -> {
                text = files.read(file);
                String raw = PromptFileText.json(text, display, source, line);
                add(label != null ? label : written + ": " + raw, raw, display, 1, line);
            }
            case "jsonl" -> {
                String[] lines = files.read(file).split("\r?\n", -1);
                long count = java.util.Arrays.stream(lines).filter(l -> !l.isEmpty()).count();
                for (int i = 0; i < lines.length; i++) {
                    if (!lines[i].isEmpty()) {
                        add(count > 1 ? (label != null ? label : written) + ": " + lines[i]
                                : label != null ? label : written, lines[i], display, i + 1, line);
                    }
                }
            }
            case "yaml", "yml" -> {
                text = files.read(file);
                String raw = PromptFileText.yaml(text, display, source, line);
                add(label != null ? label : written + ": " + raw.substring(0, Math.min(80, raw.length())), raw,
                        display, 1, line);
            }
            case "md", "j2" -> {
                text = files.read(file);
                add(label != null ? label : written + ": " + text.substring(0, Math.min(50, text.length())) + "...",
                        text, display, 1, line);
            }
            case "csv" -> PromptFileText.csv(files.read(file), display, source, line).forEach(row ->
                    add(row.label(label), row.prompt(), display, row.line(), line));
            default -> error(line, "prompt file " + display + ": files of type ." + extension
                    + " are not supported (.txt, .json, .jsonl, .yaml, .yml, .md, .j2, .csv, .prompty are)");
        }
    }

    /** A text file holds prompts separated by lines of {@code ---}, each trimmed. */
    private void txt(String text, String label, String display, String written, int line) {
        String[] lines = text.split("\r?\n", -1);
        List<String> buffer = new ArrayList<>();
        int start = 1;
        for (int i = 0; i <= lines.length; i++) {
            if (i == lines.length || lines[i].strip().equals("---")) {
                String raw = String.join("\n", buffer).strip();
                if (!raw.isEmpty()) {
                    add((label != null ? label + ": " : "") + written + ": " + raw, raw, display, start, line);
                }
                buffer.clear();
                start = i + 2;
            } else {
                buffer.add(lines[i]);
            }
        }
    }

    /**
     * A prompt function: {@code file://x.js} (its exported function), {@code file://x.js:name},
     * {@code file://x.py:name}, labelled as promptfoo labels it ({@code x.js}, {@code x.js:name}).
     */
    private void function(String raw, String path, String extension, String label, int line) {
        int colon = path.lastIndexOf(':');
        String name = colon > 1 ? path.substring(colon + 1) : null;
        String script = colon > 1 ? path.substring(0, colon) : path;
        if (extension.equals("py") && name == null) {
            error(line, "prompt '" + raw + "': name the Python function that returns the prompt, as in "
                    + "file://" + script + ":function_name (running the whole file as a script is not supported)");
            return;
        }
        Path file = files.resolve(script);
        if (!Files.isRegularFile(file)) {
            error(line, "prompt '" + raw + "': there is no file " + files.display(file));
            return;
        }
        try {
            String code = files.read(file);
            String written = files.written(file);
            String shown = name == null ? written : written + ":" + name;
            found.add(new Found(label != null ? label : shown, null, null, files.display(file), 1, line,
                    "Prompt function of " + source.file + " from " + files.display(file),
                    new PromptFunction(written, name, code)));
        } catch (InvalidFileException e) {
            e.problems().forEach(this::report);
        }
    }

    private void add(String label, String text, String path, int fileLine, int line) {
        found.add(new Found(label, text, null, path, fileLine, line, "Prompt of " + source.file + " from " + path));
    }

    private void prompty(Path file, String label, int line) {
        Path folder = files.workspace().resolve("prompts");
        if (!file.toAbsolutePath().normalize().getParent().equals(folder.toAbsolutePath().normalize())) {
            error(line, "prompt file " + files.display(file) + ": a .prompty prompt is a file of prompts/");
            return;
        }
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - PromptyParser.EXTENSION.length());
        try {
            String display = files.display(file);
            PromptDocument document = parser.parse(display, name, files.read(file));
            found.add(new Found(label == null ? name : label, null, document, display, 1, line, null));
        } catch (InvalidFileException e) {
            e.problems().forEach(this::report);
        }
    }

    /** Names the promptfoo texts: the suite's name when it has one prompt, else suite-1, suite-2 ... by position. */
    private List<SuitePrompt> named() {
        List<SuitePrompt> prompts = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Found prompt = found.get(i);
            if (prompt.prompty() != null) {
                prompts.add(new SuitePrompt(prompt.label(), prompt.prompty(), prompt.path(), prompt.line(), true));
                continue;
            }
            String key = found.size() == 1 ? suiteName : suiteName + "-" + (i + 1);
            try {
                if (prompt.function() != null) {
                    PromptFunction function = prompt.function();
                    prompts.add(new SuitePrompt(prompt.label(), parser.parseFunction(prompt.path(), key, prompt.label(),
                            prompt.origin(), function.file(), function.function(), function.source()), prompt.path(),
                            prompt.line(), false));
                    continue;
                }
                prompts.add(new SuitePrompt(prompt.label(), parser.parsePromptfooText(prompt.path(), prompt.fileLine(),
                        key, prompt.label(), prompt.origin(), prompt.text(), filters), prompt.path(), prompt.line(), false));
            } catch (InvalidFileException e) {
                e.problems().forEach(this::report);
            }
        }
        return prompts;
    }

    private static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** promptfoo's rule for a prompt string that names a file rather than being the prompt's text. */
    static boolean maybeFilePath(String text) {
        if (text.contains("\n") || text.contains("portkey://") || text.contains("langfuse://")
                || text.contains("helicone://")) {
            return false;
        }
        if (text.startsWith(SuiteFiles.FILE_PREFIX)) {
            return true;
        }
        String[] tokens = text.split(":", -1);
        String last = tokens[tokens.length - 1];
        String beforeLast = tokens.length > 1 ? tokens[tokens.length - 2] : null;
        for (String extension : PROMPTFOO_FILE_EXTENSIONS) {
            if (last.endsWith(extension) || beforeLast != null && beforeLast.endsWith(extension)) {
                return true;
            }
        }
        int length = text.length();
        return length >= 3 && text.charAt(length - 3) == '.' || length >= 4 && text.charAt(length - 4) == '.'
                || text.contains("*") || text.contains("/") || text.contains("\\");
    }
}
