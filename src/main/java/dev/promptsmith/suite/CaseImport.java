package dev.promptsmith.suite;

import dev.promptsmith.shared.FileProblem;
import dev.promptsmith.shared.InputLimits;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.shared.TextFile;
import dev.promptsmith.suite.PromptfooKeys.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Test cases brought into a suite from CSV or JSON Lines text (a file uploaded, text pasted), as
 * the entries of a suite's {@code tests:} list that mean what promptfoo runs from the same text
 * named as {@code tests: file://cases.csv}: a CSV row as {@link CsvTests} reads it (variables,
 * {@code __expected} checks, {@code __description}, {@code __metadata:NAME} ...), a JSON Lines
 * line as the test it holds. Every problem names its line; a case is kept even when its line has
 * a problem, so a person may choose to bring in only the good ones. Text over
 * {@code promptsmith.max-file-size} is not read, and more than {@value #MAX_CASES} cases are refused.
 */
public final class CaseImport {

    /** How the text is written. */
    public enum Format {
        CSV, JSON_LINES;

        /** The format a file's name says ({@code .csv}, {@code .jsonl}), if it says one. */
        public static Optional<Format> ofFileName(String name) {
            String lower = name.toLowerCase(Locale.ROOT).strip();
            if (lower.endsWith(".csv")) {
                return Optional.of(CSV);
            }
            return lower.endsWith(".jsonl") ? Optional.of(JSON_LINES) : Optional.empty();
        }

        /** JSON Lines when the first line that is not blank starts an object, else CSV (a header). */
        public static Format guess(String text) {
            String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
            return content.stripLeading().startsWith("{") ? JSON_LINES : CSV;
        }
    }

    /**
     * One test as a suite's {@code tests:} list holds it (description, vars, assert, options,
     * metadata ...), with the line it starts on in the text.
     */
    public record Case(Map<String, Object> test, int line) {
    }

    /**
     * @param cases    every case read, those with problems too
     * @param problems what is wrong, each at its line (0 for the whole text)
     * @param warnings what changes nothing (a key promptfoo ignores), each at its line
     */
    public record Result(List<Case> cases, List<FileProblem> problems, List<FileProblem> warnings) {

        public Result {
            cases = List.copyOf(cases);
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }

        /** The cases on lines without a problem; none when a problem concerns the whole text. */
        public List<Case> good() {
            Set<Integer> bad = problems.stream().map(FileProblem::line).collect(Collectors.toSet());
            return bad.contains(0) ? List.of() : cases.stream().filter(c -> !bad.contains(c.line())).toList();
        }
    }

    /** The most cases brought in at once: a suite of 20,000 cases is what the size limit was made for. */
    public static final int MAX_CASES = 20_000;

    private final long maxBytes;
    private final int maxCases;

    public CaseImport(InputLimits limits) {
        this(limits, MAX_CASES);
    }

    CaseImport(InputLimits limits, int maxCases) {
        this.maxBytes = limits.maxFileSize();
        this.maxCases = maxCases;
    }

    /**
     * Reads an uploaded file's bytes, which must be UTF-8 and within {@code promptsmith.max-file-size}.
     *
     * @param shown the text as problems name it, e.g. the uploaded file's name
     */
    public Result read(String shown, byte[] bytes, Format format) {
        try {
            if (bytes.length > maxBytes) {
                throw TextFile.tooBig(shown, bytes.length, maxBytes);
            }
            return read(shown, TextFile.utf8(bytes, shown), format);
        } catch (InvalidFileException e) {
            return new Result(List.of(), e.problems(), List.of());
        }
    }

    /** Reads text within {@code promptsmith.max-file-size} (as UTF-8 bytes). */
    public Result read(String shown, String text, Format format) {
        long size = utf8Length(text);
        if (size > maxBytes) {
            return new Result(List.of(), TextFile.tooBig(shown, size, maxBytes).problems(), List.of());
        }
        Problems problems = new Problems();
        Problems.Source source = problems.in(shown, null);
        List<Case> cases = new ArrayList<>();
        if (format == Format.CSV) {
            for (CsvTests.Row row : CsvTests.read(text, source, maxCases)) {
                cases.add(new Case(row.test(), row.line()));
            }
        } else {
            for (JsonLinesTests.Line line : JsonLinesTests.read(shown, text, source, maxCases)) {
                cases.add(new Case(Problems.plain(line.test()), line.line()));
            }
        }
        for (Case imported : cases) {
            validate(imported.test(), source.at(imported.line()));
        }
        if (cases.isEmpty() && problems.errors.isEmpty()) {
            source.error(0, format == Format.CSV ? "no test cases: a CSV file of tests has a header line and a row "
                    + "per test" : "no test cases: a JSON Lines file of tests has one test (an object) per line");
        }
        problems.errors.sort(Comparator.comparingInt(FileProblem::line));
        problems.warnings.sort(Comparator.comparingInt(FileProblem::line));
        return new Result(cases, problems.errors, problems.warnings);
    }

    /** What a suite would find wrong in the test wherever it is written (keys, checks, numbers). */
    private static void validate(Map<String, Object> test, Problems.Source source) {
        source.keys(test, Scope.TEST, ""); // the line names the test
        if (test.get("options") instanceof Map<?, ?> options) {
            source.keys(options, Scope.OPTIONS, "");
        }
        source.number(test, "threshold");
        source.text(test, "description");
        if (!(test.get("vars") instanceof String) && !(test.get("vars") instanceof List<?>)) {
            source.mapping(test, "vars");
        }
        if (test.get("vars") instanceof Map<?, ?> vars) {
            vars.forEach((name, value) -> {
                if (value instanceof String text && text.startsWith("file://")) {
                    // a test file's own folder is lost when its cases move into the suite
                    source.warn(source.line(vars), "vars." + name + " names a file (" + text + "): written in the "
                            + "suite, it is read relative to the suite's folder, not to the file it was imported from");
                }
            });
        }
        TestEntries.checks(test, source);
    }

    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
