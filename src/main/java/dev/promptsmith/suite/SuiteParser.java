package dev.promptsmith.suite;

import dev.promptsmith.model.ProviderIds;
import dev.promptsmith.prompt.PromptDocument;
import dev.promptsmith.prompt.PromptyParser;
import dev.promptsmith.shared.ContentHash;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.shared.LocatedYaml;
import dev.promptsmith.suite.PromptfooKeys.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a suite written as a promptfoo config, with the files it references. Problems that make
 * the suite mean something else than in promptfoo are errors (the file is not imported or run);
 * keys that change nothing of the results are warnings.
 */
public final class SuiteParser {

    private final SuiteFiles files;
    private final PromptyParser prompts;

    /** For a suite read from its text alone: a reference to another file is a problem. */
    public SuiteParser() {
        this(SuiteFiles.none(), new PromptyParser());
    }

    SuiteParser(SuiteFiles files, PromptyParser prompts) {
        this.files = files;
        this.prompts = prompts;
    }

    /**
     * @param file the file as shown in problems, e.g. {@code testcases/invoice.yaml}
     * @param name the suite's key, the file name without extension
     */
    public SuiteDocument parse(String file, String name, String text) throws InvalidFileException {
        LocatedYaml yaml = LocatedYaml.read(file, text, 0);
        Problems problems = new Problems();
        Problems.Source source = problems.in(file, yaml);
        if (!(yaml.root() instanceof Map<?, ?> root)) {
            throw new InvalidFileException(file, 1, "a suite file is a YAML mapping with 'prompts' and 'tests'");
        }
        Refs.resolve(root, source);
        source.keys(root, Scope.CONFIG, "");
        String description = source.text(root, "description");
        Map<String, String> filters = NunjucksFilters.read(root, files, source);
        List<SuitePrompt> suitePrompts = new PromptEntries(files, prompts, name, source, List.copyOf(filters.keySet()))
                .read(root);
        List<SuiteProvider> providers = providers(root, source);
        VarFiles varFiles = new VarFiles(files);
        Map<String, Object> defaultTest = defaultTest(root, source, varFiles, files);
        if (!filters.isEmpty()) {
            defaultTest.put(DefaultTest.FILTERS, filters);
        }
        Map<String, Object> options = source.mapping(root, "evaluateOptions");
        if (root.get("evaluateOptions") instanceof Map<?, ?> located) {
            source.keys(located, Scope.EVALUATE_OPTIONS, "");
        }
        List<TestCaseDefinition> tests = new TestEntries(files, file, problems, defaultOptions(root, source), varFiles)
                .read(root, source);
        List<DerivedMetric> derived = derivedMetrics(root, source);
        List<ResultFile> resultFiles = ResultFiles.read(root, source);
        refuseAffixesOnPromptyFiles(suitePrompts, tests, file, problems);
        FiltersInChecks.refuse(List.copyOf(filters.keySet()), defaultTest, source.line(root, "defaultTest"), tests, file,
                problems);
        if (problems.hasErrors()) {
            throw new InvalidFileException(problems.errors);
        }
        problems.warnings.addAll(MissingVariables.of(file, suitePrompts, defaultTest, tests));
        return new SuiteDocument(name, description, suitePrompts, providers, defaultTest, options, tests,
                List.copyOf(problems.warnings), text, contentHash(text), files.filesRead().keySet().stream().toList(),
                derived, resultFiles);
    }

    /** promptfoo's {@code derivedMetrics}: {name, value} with a formula; its JavaScript functions are refused. */
    private static List<DerivedMetric> derivedMetrics(Map<?, ?> root, Problems.Source source) {
        Object value = root.get("derivedMetrics");
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> entries)) {
            source.error(source.line(root, "derivedMetrics"), "'derivedMetrics' must be a list of {name, value}");
            return List.of();
        }
        List<DerivedMetric> derived = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            int line = source.line(entries, i);
            if (!(entries.get(i) instanceof Map<?, ?> entry) || !(entry.get("name") instanceof String metric)
                    || metric.isBlank() || !(entry.get("value") instanceof String formula)) {
                source.error(line, "a derived metric is a mapping with a 'name' and a formula as 'value'");
                continue;
            }
            if (formula.contains("function") || formula.contains("=>")) {
                source.error(line, "derived metric '" + metric + "': JavaScript functions are not supported; "
                        + "write a formula of metric names with + - * / and parentheses");
                continue;
            }
            try {
                derived.add(new DerivedMetric(metric.strip(), MetricFormula.parse(formula)));
            } catch (IllegalArgumentException e) {
                source.error(line, "derived metric '" + metric + "': " + e.getMessage());
            }
        }
        return derived;
    }

    /** promptfoo puts a test's prefix and suffix around a prompt's text; a .prompty file has no one text. */
    private static void refuseAffixesOnPromptyFiles(List<SuitePrompt> prompts, List<TestCaseDefinition> tests,
                                                    String file, Problems problems) {
        // a function's result is the prompt, and promptfoo puts no prefix or suffix around it
        prompts.stream().filter(p -> p.document().parser() == PromptDocument.BodyParser.PROMPTY).findFirst()
                .ifPresent(prompty -> tests.stream()
                        .filter(t -> t.options().containsKey("prefix") || t.options().containsKey("suffix"))
                        .findFirst()
                        .ifPresent(test -> problems.in(test.file() == null ? file : test.file(), null).at(test.line())
                                .error(test.line(), "options prefix and suffix go around a prompt's text, and prompt '"
                                        + prompty.label() + "' is a .prompty file of messages: write it as text or "
                                        + "chat JSON")));
    }

    /** The hash of the suite file and of every file it references, so a changed test file is a new version. */
    private String contentHash(String text) {
        if (files.filesRead().isEmpty()) {
            return ContentHash.of(text);
        }
        StringBuilder all = new StringBuilder(text);
        files.filesRead().forEach((path, content) -> all.append("\n\u0000").append(path).append('\n').append(content));
        return ContentHash.of(all.toString());
    }

    private static Map<String, Object> defaultTest(Map<?, ?> root, Problems.Source source, VarFiles varFiles,
                                                   SuiteFiles files) {
        Map<String, Object> defaultTest = new LinkedHashMap<>(source.mapping(root, "defaultTest"));
        if (!(root.get("defaultTest") instanceof Map<?, ?> located)) {
            return defaultTest;
        }
        source.keys(located, Scope.DEFAULT_TEST, "defaultTest: ");
        if (located.get("options") instanceof Map<?, ?> options) {
            source.keys(options, Scope.OPTIONS, "defaultTest: ");
            ScriptFiles.readTransformVars(options, files, source, "defaultTest: ");
        }
        if (located.get("assert") != null) {
            TestEntries.checks(located, source);
        }
        if (located.get("vars") instanceof Map<?, ?> vars) {
            int line = source.line(located, "vars");
            defaultTest.put("vars", varFiles.load(Problems.plain(vars), source, line));
        } else if (located.get("vars") != null) {
            source.error(source.line(located, "vars"), "defaultTest: 'vars' must be a mapping of names to values");
        }
        return defaultTest;
    }

    private static List<SuiteProvider> providers(Map<?, ?> root, Problems.Source source) {
        Object value = root.get("providers");
        if (value == null) {
            return List.of();
        }
        List<?> entries = value instanceof List<?> list ? list : List.of(value);
        int line = source.line(root, "providers");
        List<SuiteProvider> providers = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Object entry = entries.get(i);
            if (entry instanceof String id && !id.isBlank()) {
                int at = value instanceof List<?> list ? source.line(list, i) : line;
                ProviderIds.problems(id, Map.of()).values().forEach(problem -> source.error(at, problem));
                providers.add(new SuiteProvider(id.strip(), null, Map.of(), null, null, source.file, at));
            } else if (entry instanceof Map<?, ?> map && map.get("id") instanceof String id && !id.isBlank()) {
                source.keys(map, Scope.PROVIDER, "provider '" + id.strip() + "': ");
                Map<?, ?> config = map.get("config") instanceof Map<?, ?> c ? c : Map.of();
                ProviderIds.problems(id, strings(config)).forEach((key, problem) -> source.error(
                        key.equals("id") ? source.line(map, "id") : source.line(config, key), problem));
                if (map.get("prompts") != null && !(map.get("prompts") instanceof List<?> filter
                        && filter.stream().allMatch(String.class::isInstance))) {
                    source.error(source.line(map, "prompts"), "provider '" + id.strip() + "': 'prompts' is a list of "
                            + "prompt labels or ids");
                }
                providers.add(SuiteProvider.of(Problems.plain(map), source.file,
                        value instanceof List<?> list ? source.line(list, i) : line));
            } else {
                source.error(value instanceof List<?> list ? source.line(list, i) : line,
                        "a provider is an id such as 'openai:chat:gpt-4o-mini', or a mapping with 'id' and 'config'");
            }
        }
        return providers;
    }

    /**
     * A file of providers, as promptfoo's {@code --providers FILE} reads it: a list of provider
     * entries, one entry, or a mapping with {@code providers}.
     */
    public List<SuiteProvider> parseProviders(String file, String text) throws InvalidFileException {
        LocatedYaml yaml = LocatedYaml.read(file, text, 0);
        Problems problems = new Problems();
        Object root = yaml.root();
        if (root == null || root instanceof String s && s.isBlank()) {
            throw new InvalidFileException(file, 1, "a providers file is a list of providers, such as "
                    + "'- id: openai:chat:gpt-4o-mini'");
        }
        Map<?, ?> holder = root instanceof Map<?, ?> map && map.containsKey("providers") ? map
                : new LinkedHashMap<>(Map.of("providers", root));
        List<SuiteProvider> providers = providers(holder, problems.in(file, yaml));
        if (problems.hasErrors()) {
            throw new InvalidFileException(problems.errors);
        }
        return providers;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> strings(Map<?, ?> map) {
        return (Map<String, ?>) map;
    }

    /**
     * What promptfoo merges from defaultTest into every test: its options, and its threshold, under
     * the test's own.
     */
    private static Map<String, Object> defaultOptions(Map<?, ?> root, Problems.Source source) {
        if (!(root.get("defaultTest") instanceof Map<?, ?> defaultTest)) {
            return Map.of();
        }
        Map<String, Object> options = new LinkedHashMap<>(source.mapping(defaultTest, "options"));
        if (defaultTest.get("threshold") != null) {
            source.number(defaultTest, "threshold");
            options.put("threshold", defaultTest.get("threshold"));
        }
        TestEntries.filters(defaultTest, options, source, "defaultTest: ");
        return options;
    }
}
