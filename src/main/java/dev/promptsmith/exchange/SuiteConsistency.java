package dev.promptsmith.exchange;

import dev.promptsmith.check.CheckRegistry;
import dev.promptsmith.check.types.CheckTypes;
import dev.promptsmith.prompt.PromptDocument;
import dev.promptsmith.shared.FileProblem;
import dev.promptsmith.testcase.PromptRef;
import dev.promptsmith.testcase.SuiteDocument;
import dev.promptsmith.testcase.TestCaseDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a suite against the prompts it names: they exist, and every test gives their variables a value. */
final class SuiteConsistency {

    private static final CheckRegistry TYPES = CheckTypes.namesOnly();

    private SuiteConsistency() {
    }

    /** Prompt references of the suite that name no prompt in {@code known}. */
    static List<FileProblem> missingPrompts(String path, SuiteDocument suite, Set<String> known) {
        List<FileProblem> problems = new ArrayList<>();
        for (PromptRef ref : suite.prompts()) {
            if (!ref.inline() && !known.contains(ref.promptName())) {
                problems.add(new FileProblem(path, ref.line(),
                        "prompt '" + ref.promptName() + "' is not in prompts/ (expected prompts/"
                                + ref.promptName() + ".prompty)"));
            }
        }
        return problems;
    }

    /** Checks whose type does not exist, each named with the nearest type that does. */
    static List<FileProblem> unknownChecks(String path, SuiteDocument suite) {
        List<FileProblem> problems = new ArrayList<>();
        if (suite.defaultTest().get("assert") instanceof List<?> defaults) {
            for (Object check : defaults) {
                TYPES.problems(check).forEach(message -> problems.add(new FileProblem(path, 1, "defaultTest: " + message)));
            }
        }
        for (TestCaseDefinition test : suite.tests()) {
            for (Map<String, Object> check : test.checks()) {
                TYPES.problems(check).forEach(message -> problems.add(new FileProblem(path, test.line(),
                        "test " + (test.position() + 1) + ": " + message)));
            }
        }
        return problems;
    }

    /** Tests that give no value to a variable a named prompt uses (its {@code default} filter aside). */
    static List<FileProblem> missingVariables(String path, SuiteDocument suite, Map<String, PromptDocument> prompts) {
        List<FileProblem> problems = new ArrayList<>();
        Object defaults = suite.defaultTest().get("vars");
        Set<String> defaultVars = defaults instanceof Map<?, ?> map ? names(map) : Set.of();
        for (PromptRef ref : suite.prompts()) {
            PromptDocument prompt = prompts.get(ref.promptName());
            if (prompt == null) {
                continue;
            }
            for (TestCaseDefinition test : suite.tests()) {
                Set<String> given = new HashSet<>(defaultVars);
                given.addAll(test.vars().keySet());
                List<String> missing = prompt.variables().stream().filter(v -> !given.contains(v)).toList();
                if (!missing.isEmpty()) {
                    problems.add(new FileProblem(path, test.line(), "test " + (test.position() + 1)
                            + " gives no value for " + String.join(", ", missing.stream().map(v -> "'" + v + "'").toList())
                            + ", used by prompt '" + prompt.name() + "'"));
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
