package dev.promptsmith.testcase;

import dev.promptsmith.shared.ContentHash;
import dev.promptsmith.shared.FileProblem;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.shared.LocatedYaml;
import dev.promptsmith.testcase.PromptfooKeys.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a suite written as a promptfoo config. Problems that make the suite meaningless are
 * errors (the file is not imported); keys promptfoo knows but we do not support yet are warnings.
 */
public final class SuiteParser {

    private static final Pattern PROMPT_NAME = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final String FILE_PREFIX = "file://";
    private static final String PROMPTY = ".prompty";

    /**
     * @param file the file as shown in problems, e.g. {@code testcases/invoice.yaml}
     * @param name the suite's key, the file name without extension
     */
    public SuiteDocument parse(String file, String name, String text) throws InvalidFileException {
        LocatedYaml yaml = LocatedYaml.read(file, text, 0);
        Problems problems = new Problems(file, yaml);
        if (!(yaml.root() instanceof Map<?, ?> root)) {
            throw new InvalidFileException(file, 1, "a suite file is a YAML mapping with 'prompts' and 'tests'");
        }
        problems.keys(root, Scope.CONFIG, "");
        String description = problems.text(root, "description");
        List<PromptRef> prompts = prompts(root, name, problems);
        List<Map<String, Object>> providers = providers(root, problems);
        Map<String, Object> defaultTest = problems.mapping(root, "defaultTest");
        if (root.get("defaultTest") instanceof Map<?, ?> located) {
            problems.keys(located, Scope.DEFAULT_TEST, "defaultTest: ");
            if (located.get("options") instanceof Map<?, ?> options) {
                problems.keys(options, Scope.OPTIONS, "defaultTest: ");
            }
            if (located.get("assert") != null) {
                checks(located, problems);
            }
        }
        Map<String, Object> options = problems.mapping(root, "evaluateOptions");
        if (root.get("evaluateOptions") instanceof Map<?, ?> located) {
            problems.keys(located, Scope.EVALUATE_OPTIONS, "");
        }
        List<TestCaseDefinition> tests = tests(root, defaultOptions(root, problems), problems);
        List<DerivedMetric> derived = derivedMetrics(root, problems);
        if (problems.hasErrors()) {
            throw new InvalidFileException(problems.errors);
        }
        return new SuiteDocument(name, description, prompts, providers, defaultTest, options, tests,
                List.copyOf(problems.warnings), text, ContentHash.of(text), derived);
    }

    private static List<PromptRef> prompts(Map<?, ?> root, String suiteName, Problems problems) {
        Object value = root.get("prompts");
        if (value == null) {
            problems.error(problems.yaml.lineOf(root), "a suite names the prompts it tests under 'prompts'");
            return List.of();
        }
        List<?> entries = value instanceof List<?> list ? list : List.of(value);
        int line = problems.yaml.lineOf(root, "prompts");
        List<PromptRef> refs = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Object entry = entries.get(i);
            int entryLine = value instanceof List<?> list ? problems.yaml.lineOf(list, i) : line;
            String spec = entry instanceof Map<?, ?> map ? promptSpec(map) : entry instanceof String s ? s : null;
            if (spec == null || spec.isBlank()) {
                problems.error(entryLine, "a prompt is a file://prompts/NAME.prompty reference, a prompt name, "
                        + "inline text, or a mapping with 'id' or 'raw'");
                continue;
            }
            PromptRef ref = promptRef(spec.strip(), suiteName, entries.size() == 1 ? 0 : i + 1, entryLine, problems);
            if (ref != null) {
                refs.add(ref);
            }
        }
        if (refs.isEmpty() && !problems.hasErrors()) {
            problems.error(line, "'prompts' names no prompt");
        }
        return refs;
    }

    private static String promptSpec(Map<?, ?> map) {
        Object raw = map.get("raw");
        Object id = map.get("id");
        return raw instanceof String r ? r : id instanceof String s ? s : null;
    }

    private static PromptRef promptRef(String spec, String suiteName, int index, int line, Problems problems) {
        if (spec.startsWith(FILE_PREFIX)) {
            String path = spec.substring(FILE_PREFIX.length());
            String fileName = path.substring(path.lastIndexOf('/') + 1);
            if (!fileName.endsWith(PROMPTY)) {
                problems.error(line, "prompt file '" + path + "' is not supported: name a .prompty file of prompts/");
                return null;
            }
            return new PromptRef(fileName.substring(0, fileName.length() - PROMPTY.length()), null, line);
        }
        if (PROMPT_NAME.matcher(spec).matches()) {
            return new PromptRef(spec.endsWith(PROMPTY) ? spec.substring(0, spec.length() - PROMPTY.length()) : spec,
                    null, line);
        }
        return new PromptRef(index == 0 ? suiteName : suiteName + "-" + index, spec, line);
    }

    private static List<Map<String, Object>> providers(Map<?, ?> root, Problems problems) {
        Object value = root.get("providers");
        if (value == null) {
            return List.of();
        }
        List<?> entries = value instanceof List<?> list ? list : List.of(value);
        int line = problems.yaml.lineOf(root, "providers");
        List<Map<String, Object>> providers = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Object entry = entries.get(i);
            if (entry instanceof String id && !id.isBlank()) {
                providers.add(Map.of("id", id.strip()));
            } else if (entry instanceof Map<?, ?> map && map.get("id") instanceof String id && !id.isBlank()) {
                problems.keys(map, Scope.PROVIDER, "provider '" + id.strip() + "': ");
                if (map.get("config") instanceof Map<?, ?> config) {
                    problems.keys(config, Scope.PROVIDER_CONFIG, "provider '" + id.strip() + "': ");
                }
                providers.add(plain(map));
            } else {
                problems.error(value instanceof List<?> list ? problems.yaml.lineOf(list, i) : line,
                        "a provider is an id such as 'openai:chat:gpt-4o-mini', or a mapping with 'id' and 'config'");
            }
        }
        return providers;
    }

    /**
     * What promptfoo merges from defaultTest into every test: its options, and its threshold, under
     * the test's own.
     */
    private static Map<String, Object> defaultOptions(Map<?, ?> root, Problems problems) {
        if (!(root.get("defaultTest") instanceof Map<?, ?> defaultTest)) {
            return Map.of();
        }
        Map<String, Object> options = new LinkedHashMap<>(problems.mapping(defaultTest, "options"));
        if (defaultTest.get("threshold") != null) {
            problems.number(defaultTest, "threshold");
            options.put("threshold", defaultTest.get("threshold"));
        }
        return options;
    }

    private static List<TestCaseDefinition> tests(Map<?, ?> root, Map<String, Object> defaultOptions,
                                                  Problems problems) {
        Object value = root.get("tests");
        if (value == null || value instanceof List<?> none && none.isEmpty()) {
            // as promptfoo: without tests, each prompt runs once on each provider, with defaultTest's checks
            int line = value == null ? problems.yaml.lineOf(root) : problems.yaml.lineOf(root, "tests");
            return List.of(new TestCaseDefinition(0, "", Map.of(), List.of(), defaultOptions, List.of(), line));
        }
        int line = problems.yaml.lineOf(root, "tests");
        if (value instanceof String) {
            problems.error(line, "tests loaded from other files are not supported yet: write them in this file");
            return List.of();
        }
        if (!(value instanceof List<?> entries)) {
            problems.error(line, "'tests' must be a list of test cases");
            return List.of();
        }
        List<TestCaseDefinition> tests = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!(entries.get(i) instanceof Map<?, ?> test)) {
                problems.error(problems.yaml.lineOf(entries, i), "test " + (i + 1) + " must be a mapping with 'vars' and 'assert'");
                continue;
            }
            int testLine = problems.yaml.lineOf(test);
            problems.keys(test, Scope.TEST, "test " + (i + 1) + ": ");
            if (test.get("options") instanceof Map<?, ?> located) {
                problems.keys(located, Scope.OPTIONS, "test " + (i + 1) + ": ");
            }
            Map<String, Object> options = new LinkedHashMap<>(defaultOptions);
            options.putAll(problems.mapping(test, "options"));
            if (test.get("threshold") != null) {
                problems.number(test, "threshold");
                options.put("threshold", test.get("threshold"));
            }
            String description = problems.text(test, "description");
            List<Map<String, Object>> checks = checks(test, problems);
            List<String> tags = tags(test, problems);
            List<Map<String, Object>> expanded = VarCombinations.of(problems.mapping(test, "vars"));
            if (expanded.isEmpty()) {
                problems.error(problems.yaml.lineOf(test, "vars"), "test " + (i + 1) + ": its list variables make more than "
                        + VarCombinations.MAX + " combinations");
            }
            for (Map<String, Object> vars : expanded) {
                tests.add(new TestCaseDefinition(tests.size(), expanded.size() == 1 ? description
                        : VarCombinations.describe(description, vars, test.get("vars")), vars, checks, options, tags,
                        testLine));
            }
        }
        return tests;
    }

    private static List<Map<String, Object>> checks(Map<?, ?> test, Problems problems) {
        Object value = test.get("assert");
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> entries)) {
            problems.error(problems.yaml.lineOf(test, "assert"), "'assert' must be a list of checks");
            return List.of();
        }
        List<Map<String, Object>> checks = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Object entry = entries.get(i);
            if (!(entry instanceof Map<?, ?> check) || !(check.get("type") instanceof String type) || type.isBlank()) {
                problems.error(problems.yaml.lineOf(entries, i),
                        "a check is a mapping with a 'type', such as 'contains' or 'is-json'");
                continue;
            }
            problems.keys(check, Scope.CHECK, "check '" + type + "': ");
            problems.number(check, "threshold");
            problems.number(check, "weight");
            if (check.get("assert") != null) {
                checks(check, problems); // an assert-set's own checks
            }
            if (check.get("rubricPrompt") != null && !type.strip().replaceFirst("^not-", "").equals("llm-rubric")) {
                problems.error(problems.yaml.lineOf(check, "rubricPrompt"), "check '" + type + "': a rubricPrompt "
                        + "of the suite's own is supported by llm-rubric only");
            }
            checks.add(plain(check));
        }
        return checks;
    }

    /** promptfoo's {@code derivedMetrics}: {name, value} with a formula; its JavaScript functions are refused. */
    private static List<DerivedMetric> derivedMetrics(Map<?, ?> root, Problems problems) {
        Object value = root.get("derivedMetrics");
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> entries)) {
            problems.error(problems.yaml.lineOf(root, "derivedMetrics"), "'derivedMetrics' must be a list of {name, value}");
            return List.of();
        }
        List<DerivedMetric> derived = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            int line = problems.yaml.lineOf(entries, i);
            if (!(entries.get(i) instanceof Map<?, ?> entry) || !(entry.get("name") instanceof String metric)
                    || metric.isBlank() || !(entry.get("value") instanceof String formula)) {
                problems.error(line, "a derived metric is a mapping with a 'name' and a formula as 'value'");
                continue;
            }
            if (formula.contains("function") || formula.contains("=>")) {
                problems.error(line, "derived metric '" + metric + "': JavaScript functions are not supported; "
                        + "write a formula of metric names with + - * / and parentheses");
                continue;
            }
            try {
                derived.add(new DerivedMetric(metric.strip(), MetricFormula.parse(formula)));
            } catch (IllegalArgumentException e) {
                problems.error(line, "derived metric '" + metric + "': " + e.getMessage());
            }
        }
        return derived;
    }

    private static List<String> tags(Map<?, ?> test, Problems problems) {
        Map<String, Object> metadata = problems.mapping(test, "metadata");
        Object tags = metadata.get("tags");
        if (tags == null) {
            return List.of();
        }
        List<?> entries = tags instanceof List<?> list ? list : List.of(String.valueOf(tags).split(","));
        return entries.stream().map(t -> String.valueOf(t).strip()).filter(t -> !t.isEmpty()).toList();
    }

    private static Map<String, Object> plain(Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    /** Problems found so far, and typed access to values that records a problem when a type is wrong. */
    private static final class Problems {

        private final String file;
        private final LocatedYaml yaml;
        private final List<FileProblem> errors = new ArrayList<>();
        private final List<FileProblem> warnings = new ArrayList<>();

        Problems(String file, LocatedYaml yaml) {
            this.file = file;
            this.yaml = yaml;
        }

        void error(int line, String message) {
            errors.add(new FileProblem(file, line, message));
        }

        void warn(int line, String message) {
            warnings.add(new FileProblem(file, line, message));
        }

        /** Warns about keys that change nothing and refuses those whose absence would change the results. */
        void keys(Map<?, ?> map, Scope scope, String where) {
            for (Object key : map.keySet()) {
                String name = String.valueOf(key);
                switch (PromptfooKeys.verdict(scope, name)) {
                    case READ -> { }
                    case IGNORED -> warn(yaml.lineOf(map, name), where + PromptfooKeys.ignored(scope, name));
                    case REFUSED -> error(yaml.lineOf(map, name), where + PromptfooKeys.refused(scope, name));
                }
            }
        }

        boolean hasErrors() {
            return !errors.isEmpty();
        }

        String text(Map<?, ?> map, String key) {
            Object value = map.get(key);
            if (value == null) {
                return "";
            }
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                error(yaml.lineOf(map, key), "'" + key + "' must be text");
                return "";
            }
            return String.valueOf(value).strip();
        }

        Map<String, Object> mapping(Map<?, ?> map, String key) {
            Object value = map.get(key);
            if (value == null) {
                return Map.of();
            }
            if (value instanceof Map<?, ?> nested) {
                return plain(nested);
            }
            error(yaml.lineOf(map, key), "'" + key + "' must be a mapping of names to values");
            return Map.of();
        }

        void number(Map<?, ?> map, String key) {
            Object value = map.get(key);
            if (value != null && !(value instanceof Number)) {
                error(yaml.lineOf(map, key), "'" + key + "' must be a number, not '" + value + "'");
            }
        }
    }
}
