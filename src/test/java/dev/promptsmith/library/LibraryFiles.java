package dev.promptsmith.library;

import dev.promptsmith.check.CaseVerdict;
import dev.promptsmith.check.CheckEngine;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckRegistry;
import dev.promptsmith.check.types.CheckTypes;
import dev.promptsmith.shared.InputLimits;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.suite.DefaultTest;
import dev.promptsmith.suite.SuiteDocument;
import dev.promptsmith.suite.SuiteLoader;
import dev.promptsmith.suite.TestCaseDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The shipped library's suites as the checks see them: loaded from this checkout, graded without a model. */
final class LibraryFiles {

    static final Path WORKSPACE = Path.of(".").toAbsolutePath().normalize();

    /** Checks that need a model, a judge or call metadata; the rest grade the text alone. */
    private static final Set<String> NEED_A_CALL = Set.of("llm-rubric", "latency", "cost", "finish-reason",
            "not-truncated");

    private static final CheckEngine ENGINE = new CheckEngine(new CheckRegistry(CheckTypes.all(
            (system, user, config) -> {
                throw new IllegalStateException("no judge in these tests");
            },
            text -> {
                throw new IllegalStateException("no embedder in these tests");
            })));

    private LibraryFiles() {
    }

    static SuiteDocument suite(String name) throws InvalidFileException {
        String shown = "testcases/" + name + ".yaml";
        return new SuiteLoader(InputLimits.configured()).load(WORKSPACE, WORKSPACE.resolve(shown), shown);
    }

    /** The case's text-only checks (the suite's defaults first) on this output. */
    static CaseVerdict grade(SuiteDocument suite, TestCaseDefinition test, String output) {
        List<Map<String, Object>> checks = new ArrayList<>();
        if (suite.defaultTest().get("assert") instanceof List<?> defaults) {
            defaults.forEach(check -> checks.add(written(check)));
        }
        test.checks().forEach(check -> checks.add(written(check.config())));
        checks.removeIf(check -> NEED_A_CALL.contains(String.valueOf(check.get("type"))));
        Map<String, Object> vars = DefaultTest.vars(suite.defaultTest(), test.vars());
        return ENGINE.evaluate(checks, null, new CheckInput(output, vars, "", null, null, null));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> written(Object check) {
        return (Map<String, Object>) check;
    }
}
