package dev.promptsmith.suite;

import dev.promptsmith.check.CheckRegistry;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.form.RegexValues;
import dev.promptsmith.check.UnknownCheckException;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.shared.LocatedYaml;
import dev.promptsmith.suite.PromptfooKeys.Scope;
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
 * Reads a suite's {@code tests} and {@code scenarios} as promptfoo does: tests written in the
 * suite, tests from CSV, YAML, JSON and JSON Lines files (by path or pattern, as the whole
 * {@code tests} value or as entries of the list), variables from files, list variables that
 * multiply a test, and scenarios (each of a scenario's configs with each of its tests).
 */
final class TestEntries {

    private static final CheckRegistry TYPES = SuiteChecks.TYPES;
    private static final Set<String> SCENARIO_KEYS = Set.of("description", "config", "tests");
    private static final String SPREADSHEETS = "spreadsheets (.xlsx, .xls) are not read yet; save the sheet as CSV "
            + "(UTF-8) next to the suite and name that file, e.g. tests: file://cases.csv";

    private final SuiteFiles files;
    private final String suiteFile;
    private final Problems problems;
    private final Map<String, Object> defaultOptions;
    private final VarFiles varFiles;
    private final List<TestCaseDefinition> tests = new ArrayList<>();

    /**
     * @param suiteFile      the suite file's path: tests written in it carry no file of their own
     * @param defaultOptions what promptfoo merges from defaultTest into every test: its options and threshold
     */
    TestEntries(SuiteFiles files, String suiteFile, Problems problems, Map<String, Object> defaultOptions,
                VarFiles varFiles) {
        this.files = files;
        this.suiteFile = suiteFile;
        this.problems = problems;
        this.defaultOptions = defaultOptions;
        this.varFiles = varFiles;
    }

    List<TestCaseDefinition> read(Map<?, ?> root, Problems.Source source) {
        Object value = root.get("tests");
        Object scenarios = root.get("scenarios");
        boolean none = value == null || value instanceof List<?> empty && empty.isEmpty();
        if (none && scenarios == null) {
            // as promptfoo: without tests, each prompt runs once on each provider, with defaultTest's checks
            int line = value == null ? source.line(root) : source.line(root, "tests");
            tests.add(new TestCaseDefinition(0, "", Map.of(), List.of(), defaultOptions, List.of(), line));
            return tests;
        }
        int line = source.line(root, "tests");
        if (value instanceof String reference) {
            fromFiles(reference, source, line);
        } else if (value instanceof List<?> entries) {
            for (int i = 0; i < entries.size(); i++) {
                Object entry = entries.get(i);
                int entryLine = source.line(entries, i);
                if (entry instanceof String reference) {
                    fromFiles(reference, source, entryLine);
                } else if (entry instanceof Map<?, ?> test && !test.containsKey("path")) {
                    test(test, source, i + 1, files);
                } else if (entry instanceof Map<?, ?>) {
                    source.error(entryLine, "tests loaded with {path, config} are not supported yet; name the file "
                            + "(file://tests.csv)");
                } else {
                    source.error(entryLine, "test " + (i + 1) + " must be a mapping with 'vars' and 'assert', or a "
                            + "file:// reference to a file of tests");
                }
            }
        } else if (value != null) {
            source.error(line, "'tests' is a list of test cases, or a file:// reference to a CSV, YAML, JSON or JSON "
                    + "Lines file of tests");
        }
        if (scenarios != null) {
            scenarios(root, scenarios, source);
        }
        return tests;
    }

    /** Tests from the files a reference names: CSV rows, YAML/JSON lists (or one test), JSON Lines. */
    private void fromFiles(String reference, Problems.Source source, int line) {
        String path = SuiteFiles.strip(reference);
        String extension = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (path.startsWith("https://docs.google.com/spreadsheets/")) {
            source.error(line, "tests from '" + reference + "': Google Sheets are not read; download the sheet as CSV "
                    + "(File > Download > Comma-separated values) next to the suite and name that file, e.g. "
                    + "tests: file://cases.csv");
            return;
        }
        if (isSpreadsheet(path)) {
            source.error(line, "tests from '" + reference + "': " + SPREADSHEETS);
            return;
        }
        if (!files.available()) {
            source.error(line, "tests from '" + reference + "': reading files needs the suite's folder");
            return;
        }
        if (path.startsWith("http://") || path.startsWith("https://") || reference.contains("://")
                && !reference.startsWith(SuiteFiles.FILE_PREFIX)) {
            source.error(line, "tests from '" + reference + "': only local files are supported (no URLs, datasets or "
                    + "cloud storage)");
            return;
        }
        List<Path> matches;
        try {
            matches = files.expand(path);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            source.error(line, "tests from '" + reference + "': " + e.getMessage());
            return;
        }
        if (matches.isEmpty() || matches.size() == 1 && !Files.isRegularFile(matches.getFirst())) {
            source.error(line, "tests from '" + reference + "': no such file");
            return;
        }
        for (Path file : matches) {
            String display = files.display(file);
            String type = file.getFileName().toString().contains(".") ? file.getFileName().toString()
                    .substring(file.getFileName().toString().lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : extension;
            try {
                String text = files.read(file);
                switch (type) {
                    case "csv" -> {
                        Problems.Source csv = problems.in(display, null);
                        for (CsvTests.Row row : CsvTests.read(text, csv)) {
                            test(row.test(), csv.at(row.line()), tests.size() + 1, files.besides(file));
                        }
                    }
                    case "yaml", "yml", "json" -> {
                        LocatedYaml yaml = LocatedYaml.read(display, text, 0);
                        Problems.Source inFile = problems.in(display, yaml);
                        List<?> entries = yaml.root() instanceof List<?> list ? list
                                : yaml.root() == null ? List.of() : List.of(yaml.root());
                        for (int i = 0; i < entries.size(); i++) {
                            if (entries.get(i) instanceof Map<?, ?> test) {
                                test(test, inFile, i + 1, files.besides(file));
                            } else {
                                inFile.error(inFile.line(entries, i), "test " + (i + 1)
                                        + " must be a mapping with 'vars' and 'assert'");
                            }
                        }
                    }
                    case "jsonl" -> {
                        Problems.Source inFile = problems.in(display, null);
                        for (JsonLinesTests.Line test : JsonLinesTests.read(display, text, inFile)) {
                            test(test.test(), problems.in(display, test.yaml()), test.line(), files.besides(file));
                        }
                    }
                    default -> source.error(line, "tests from " + display + ": " + (isSpreadsheet(display)
                            ? SPREADSHEETS : "files of type ." + type + " are not supported (.csv, .yaml, .yml, "
                            + ".json, .jsonl are; scripts not yet)"));
                }
            } catch (InvalidFileException e) {
                problems.errors.addAll(e.problems());
            }
        }
    }

    /** promptfoo reads {@code cases.xlsx} and {@code cases.xlsx#Sheet2}; Promptsmith not yet. */
    private static boolean isSpreadsheet(String path) {
        String file = path.split("#", 2)[0].toLowerCase(Locale.ROOT);
        return file.endsWith(".xlsx") || file.endsWith(".xls");
    }

    private void scenarios(Map<?, ?> root, Object value, Problems.Source source) {
        int line = source.line(root, "scenarios");
        if (!(value instanceof List<?> scenarios)) {
            source.error(line, "'scenarios' is a list of scenarios, each with 'config' and 'tests'");
            return;
        }
        for (int s = 0; s < scenarios.size(); s++) {
            int scenarioLine = source.line(scenarios, s);
            if (!(scenarios.get(s) instanceof Map<?, ?> scenario) || !(scenario.get("config") instanceof List<?> configs)) {
                source.error(scenarioLine, "scenario " + (s + 1) + " must be a mapping with a 'config' list (and 'tests')");
                continue;
            }
            for (Object key : scenario.keySet()) {
                if (!SCENARIO_KEYS.contains(String.valueOf(key))) {
                    source.error(source.line(scenario, String.valueOf(key)), "scenario " + (s + 1) + ": '" + key
                            + "' is not supported yet");
                }
            }
            List<?> scenarioTests = scenario.get("tests") instanceof List<?> list ? list : List.of(Map.of());
            if (scenario.get("tests") != null && !(scenario.get("tests") instanceof List<?>)) {
                source.error(source.line(scenario, "tests"), "scenario " + (s + 1) + ": 'tests' must be a list of tests");
                continue;
            }
            for (Object data : configs) {
                for (Object test : scenarioTests) {
                    if (!(data instanceof Map<?, ?> config) || !(test instanceof Map<?, ?> own)) {
                        source.error(scenarioLine, "scenario " + (s + 1) + ": its config entries and tests must be "
                                + "mappings");
                        continue;
                    }
                    int testLine = own.isEmpty() ? source.line(config) : source.line(own);
                    test(merged(config, own), source.at(testLine), tests.size() + 1, files);
                }
            }
        }
    }

    /** promptfoo's scenario test: the config entry's keys under the test's, vars and options merged, checks joined. */
    private static Map<String, Object> merged(Map<?, ?> data, Map<?, ?> test) {
        Map<String, Object> merged = new LinkedHashMap<>(Problems.plain(data));
        merged.putAll(Problems.plain(test));
        for (String key : List.of("vars", "options")) {
            Map<String, Object> both = new LinkedHashMap<>();
            if (data.get(key) instanceof Map<?, ?> map) {
                both.putAll(Problems.plain(map));
            }
            if (test.get(key) instanceof Map<?, ?> map) {
                both.putAll(Problems.plain(map));
            }
            if (!both.isEmpty() || data.containsKey(key) || test.containsKey(key)) {
                merged.put(key, both);
            }
        }
        List<Object> checks = new ArrayList<>();
        if (data.get("assert") instanceof List<?> list) {
            checks.addAll(list);
        }
        if (test.get("assert") instanceof List<?> list) {
            checks.addAll(list);
        }
        if (!checks.isEmpty() || data.containsKey("assert") || test.containsKey("assert")) {
            merged.put("assert", checks);
        }
        return merged;
    }

    /** One test as written, expanded into one definition per combination of its list variables. */
    private void test(Map<?, ?> test, Problems.Source source, int number, SuiteFiles relativeTo) {
        int testLine = source.line(test);
        String where = "test " + number + ": ";
        source.keys(test, Scope.TEST, where);
        if (test.get("options") instanceof Map<?, ?> located) {
            source.keys(located, Scope.OPTIONS, where);
            ScriptFiles.readTransformVars(located, files, source, where); // as promptfoo: relative to the config
        }
        Map<String, Object> options = new LinkedHashMap<>(defaultOptions);
        options.putAll(source.mapping(test, "options"));
        if (test.get("threshold") != null) {
            source.number(test, "threshold");
            options.put("threshold", test.get("threshold"));
        }
        filters(test, options, source, where);
        String description = source.text(test, "description");
        List<CheckSpec> checks = checks(test, source);
        List<String> tags = tags(test, source);
        Object writtenVars = test.get("vars");
        Map<String, Object> vars = writtenVars instanceof String || writtenVars instanceof List<?>
                ? varFiles.varsFromFiles(writtenVars, relativeTo, source, source.line(test, "vars"))
                : source.mapping(test, "vars");
        List<Map<String, Object>> expanded = VarCombinations.of(varFiles.expand(vars, source, source.line(test, "vars")));
        if (expanded.isEmpty()) {
            source.error(source.line(test, "vars"), where + "its list variables make more than "
                    + VarCombinations.MAX + " combinations");
        }
        String file = source.file.equals(suiteFile) ? null : source.file;
        for (Map<String, Object> combination : expanded) {
            tests.add(new TestCaseDefinition(tests.size(), expanded.size() == 1 ? description
                    : VarCombinations.describe(description, combination, writtenVars),
                    varFiles.load(combination, source, testLine), checks, options, tags, testLine, file));
        }
    }

    /**
     * A test's own {@code prompts} and {@code providers} filters (which replace defaultTest's), kept
     * in its options under the same names, where the run plan reads them.
     */
    static void filters(Map<?, ?> test, Map<String, Object> options, Problems.Source source, String where) {
        for (String key : List.of("prompts", "providers")) {
            Object value = test.get(key);
            if (value == null) {
                continue;
            }
            if (value instanceof List<?> refs && refs.stream().allMatch(String.class::isInstance)) {
                options.put(key, List.copyOf(refs));
            } else {
                source.error(source.line(test, key), where + "'" + key + "' is a list of labels or ids");
            }
        }
    }

    /** A test's (or an assert-set's) checks, each read with its file and line; a problem is recorded, not read. */
    static List<CheckSpec> checks(Map<?, ?> test, Problems.Source source) {
        Object value = test.get("assert");
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> entries)) {
            source.error(source.line(test, "assert"), "'assert' must be a list of checks");
            return List.of();
        }
        List<CheckSpec> checks = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Object entry = entries.get(i);
            if (!(entry instanceof Map<?, ?> check) || !(check.get("type") instanceof String type) || type.isBlank()) {
                source.error(source.line(entries, i), "a check is a mapping with a 'type', such as 'contains' or 'is-json'");
                continue;
            }
            source.keys(check, Scope.CHECK, "check '" + type + "': ");
            try {
                TYPES.get(type.strip());
            } catch (UnknownCheckException e) {
                source.error(source.line(entries, i), e.getMessage());
            }
            source.number(check, "threshold");
            source.number(check, "weight");
            pattern(check, type.strip(), source);
            List<CheckSpec> members = check.get("assert") != null ? checks(check, source) : List.of();
            if (check.get("rubricPrompt") != null && !type.strip().replaceFirst("^not-", "").equals("llm-rubric")) {
                source.error(source.line(check, "rubricPrompt"), "check '" + type + "': a rubricPrompt "
                        + "of the suite's own is supported by llm-rubric only");
            }
            checks.add(CheckSpec.of(Problems.plain(check), TYPES.types(), source.file, source.line(entries, i),
                    members));
        }
        return checks;
    }

    /**
     * A regex check's pattern as promptfoo reads it, in JavaScript: one it refuses is refused here, one
     * that means something else in JavaScript than in Java is warned of. A templated one is filled per test.
     */
    private static void pattern(Map<?, ?> check, String type, Problems.Source source) {
        if (!type.replaceFirst("^not-", "").equals("regex") || !(check.get("value") instanceof String pattern)
                || pattern.contains("{{") || pattern.contains("{%") || pattern.contains("{#")) {
            return;
        }
        int at = source.line(check, "value");
        String where = "check '" + type + "': ";
        RegexValues.problem(pattern).ifPresentOrElse(problem -> source.error(at, where + "the pattern '" + pattern
                + "' " + problem), () -> RegexValues.javaOnly(pattern).ifPresent(problem -> source.warn(at, where
                + "in the pattern '" + pattern + "', " + problem)));
    }

    private static List<String> tags(Map<?, ?> test, Problems.Source source) {
        Map<String, Object> metadata = source.mapping(test, "metadata");
        Object tags = metadata.get("tags");
        if (tags == null) {
            return List.of();
        }
        List<?> entries = tags instanceof List<?> list ? list : List.of(String.valueOf(tags).split(","));
        return entries.stream().map(t -> String.valueOf(t).strip()).filter(t -> !t.isEmpty()).toList();
    }
}
