package dev.promptsmith.exchange;

import dev.promptsmith.check.CheckRegistry;
import dev.promptsmith.check.UnknownCheckException;
import dev.promptsmith.check.types.CheckTypes;
import dev.promptsmith.shared.FileProblem;
import dev.promptsmith.suite.SuitePrompt;
import dev.promptsmith.suite.SuiteDocument;
import dev.promptsmith.suite.TestCaseDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a suite's checks exist, and that every test gives its prompts' variables a value. */
final class SuiteConsistency {

    private static final CheckRegistry TYPES = CheckTypes.namesOnly();

    private SuiteConsistency() {
    }

    /** Checks whose type does not exist, each named with the nearest type that does. */
    static List<FileProblem> unknownChecks(String path, SuiteDocument suite) {
        List<FileProblem> problems = new ArrayList<>();
        if (suite.defaultTest().get("assert") instanceof List<?> defaults) {
            for (Object check : defaults) {
                unknown(check).ifPresent(message -> problems.add(new FileProblem(path, 1, "defaultTest: " + message)));
            }
        }
        for (TestCaseDefinition test : suite.tests()) {
            for (Map<String, Object> check : test.checks()) {
                unknown(check).ifPresent(message -> problems.add(new FileProblem(test.file() == null ? path : test.file(), test.line(),
                        "test " + (test.position() + 1) + ": " + message)));
            }
        }
        return problems;
    }

    private static java.util.Optional<String> unknown(Object check) {
        if (!(check instanceof Map<?, ?> map) || map.get("type") == null) {
            return java.util.Optional.empty();
        }
        try {
            TYPES.get(String.valueOf(map.get("type")));
            return java.util.Optional.empty();
        } catch (UnknownCheckException e) {
            return java.util.Optional.of(e.getMessage());
        }
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
