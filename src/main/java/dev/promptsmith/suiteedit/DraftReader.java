package dev.promptsmith.suiteedit;

import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.shared.LocatedYaml;
import dev.promptsmith.suite.SuiteDocument;
import dev.promptsmith.suite.SuitePrompt;
import dev.promptsmith.suite.TestCaseDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A suite file's text read into a draft: its sections as written, the cases of other files as read. */
final class DraftReader {

    private final String file;
    private final String text;

    DraftReader(String file, String text) {
        this.file = file;
        this.text = text;
    }

    @SuppressWarnings("unchecked")
    SuiteDraft read(String name, int basedOn, SuiteDocument document) throws InvalidFileException {
        Map<?, ?> root = LocatedYaml.read(file, text, 0).root() instanceof Map<?, ?> map ? map : Map.of();
        List<Map<String, Object>> cases = new ArrayList<>();
        List<Object> sources = new ArrayList<>();
        Object tests = root.get("tests");
        for (Object entry : tests instanceof List<?> list ? list : tests == null ? List.of() : List.of(tests)) {
            if (entry instanceof Map<?, ?> test) {
                cases.add((Map<String, Object>) PlainValues.copy(test));
            } else {
                sources.add(entry);
            }
        }
        Object defaults = root.get("defaultTest");
        Map<String, Object> defaultTest = defaults instanceof Map<?, ?> map
                ? (Map<String, Object>) PlainValues.copy(map) : new LinkedHashMap<>();
        List<SuiteDraft.FileCase> fileCases = document.tests().stream()
                .filter(test -> test.file() != null)
                .map(DraftReader::fileCase)
                .toList();
        return new SuiteDraft(name, file, basedOn, text, cases, fileCases, sources, defaultTest,
                defaults == null || defaults instanceof Map<?, ?>, entries(root.get("prompts")),
                entries(root.get("providers")), variables(document, defaultTest, cases));
    }

    private static SuiteDraft.FileCase fileCase(TestCaseDefinition test) {
        return new SuiteDraft.FileCase(test.description(), test.vars(),
                test.checks().stream().map(CheckSpec::config).toList(), test.file() + ":" + test.line());
    }

    private static List<Object> entries(Object section) {
        if (section == null) {
            return List.of();
        }
        List<Object> entries = new ArrayList<>();
        for (Object entry : section instanceof List<?> list ? list : List.of(section)) {
            entries.add(PlainValues.copy(entry));
        }
        return entries;
    }

    private static List<String> variables(SuiteDocument document, Map<String, Object> defaultTest,
                                          List<Map<String, Object>> cases) {
        Set<String> names = new LinkedHashSet<>();
        for (SuitePrompt prompt : document.prompts()) {
            names.addAll(prompt.document().variables());
        }
        if (defaultTest.get("vars") instanceof Map<?, ?> vars) {
            vars.keySet().forEach(key -> names.add(String.valueOf(key)));
        }
        for (Map<String, Object> test : cases) {
            if (test.get("vars") instanceof Map<?, ?> vars) {
                vars.keySet().forEach(key -> names.add(String.valueOf(key)));
            }
        }
        return List.copyOf(names);
    }
}
