package dev.promptsmith.exchange;

import dev.promptsmith.shared.FileProblem;
import dev.promptsmith.suite.SuitePrompt;
import dev.promptsmith.suite.SuiteDocument;
import dev.promptsmith.suite.TestCaseDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks that every test of a suite gives its prompts' variables a value. */
final class SuiteConsistency {


    private SuiteConsistency() {
    }

    /** Tests that give no value to a variable a prompt of the suite uses (its {@code default} filter aside). */
    static List<FileProblem> missingVariables(String path, SuiteDocument suite) {
        List<FileProblem> problems = new ArrayList<>();
        Object defaults = suite.defaultTest().get("vars");
        Set<String> defaultVars = defaults instanceof Map<?, ?> map ? names(map) : Set.of();
        for (SuitePrompt prompt : suite.prompts()) {
            for (TestCaseDefinition test : suite.tests()) {
                Set<String> given = new HashSet<>(defaultVars);
                given.addAll(test.vars().keySet());
                List<String> missing = prompt.document().variables().stream().filter(v -> !given.contains(v)).toList();
                if (!missing.isEmpty()) {
                    problems.add(new FileProblem(test.file() == null ? path : test.file(), test.line(), "test "
                            + (test.position() + 1) + " gives no value for "
                            + String.join(", ", missing.stream().map(v -> "'" + v + "'").toList())
                            + ", used by prompt '" + prompt.label() + "'"));
                }
            }
        }
        return problems;
    }

    private static Set<String> names(Map<?, ?> map) {
        Set<String> names = new HashSet<>();
        map.keySet().forEach(k -> names.add(String.valueOf(k)));
        return names;
    }
}
