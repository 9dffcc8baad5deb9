package dev.promptsmith.suite;

import dev.promptsmith.shared.FileProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tests that give no value to a variable one of the suite's prompts uses (its {@code default}
 * filter aside): warnings, since a promptfoo prompt text writes nothing for it (as promptfoo
 * does) and a {@code .prompty} prompt's cell fails naming it. A test with {@code transformVars}
 * is left out: what its script gives is known only when it runs.
 */
final class MissingVariables {

    private MissingVariables() {
    }

    static List<FileProblem> of(String path, List<SuitePrompt> prompts, Map<String, Object> defaultTest,
                                List<TestCaseDefinition> tests) {
        List<FileProblem> problems = new ArrayList<>();
        Set<String> defaultVars = new HashSet<>();
        if (defaultTest.get("vars") instanceof Map<?, ?> map) {
            map.keySet().forEach(k -> defaultVars.add(String.valueOf(k)));
        }
        for (SuitePrompt prompt : prompts) {
            for (TestCaseDefinition test : tests) {
                if (test.options().get(ScriptFiles.TRANSFORM_VARS) != null) {
                    continue; // its transformVars may give them; only running it can tell
                }
                Set<String> given = new HashSet<>(defaultVars);
                given.addAll(test.vars().keySet());
                List<String> missing = prompt.document().variables().stream().filter(v -> !given.contains(v)).toList();
                if (!missing.isEmpty()) {
                    problems.add(new FileProblem(test.file() == null ? path : test.file(), test.line(), "test "
                            + (test.position() + 1) + " gives no value for "
                            + String.join(", ", missing.stream().map(v -> "'" + v + "'").toList())
                            + ", used by prompt '" + prompt.label() + "'" + (prompt.document().promptfooText()
                            ? " (it writes nothing there, as in promptfoo)" : " (its cells fail)")));
                }
            }
        }
        return problems;
    }
}
