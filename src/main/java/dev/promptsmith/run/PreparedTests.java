package dev.promptsmith.run;

import dev.promptsmith.check.CheckEngine;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.FilledChecks;
import dev.promptsmith.suite.DefaultTest;
import dev.promptsmith.suite.TestCaseDefinition;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run's cells of one test share, worked out when the first of them needs it rather than
 * for every cell: the test's variables ({@code defaultTest}'s under its own), and its checks
 * ({@code defaultTest}'s first, with the test's grading options) filled with those variables.
 */
final class PreparedTests {

    /** One test's variables and checks; checks are filled again for other variables than the test's. */
    record Prepared(Map<String, Object> vars, List<CheckSpec> checks, FilledChecks filled, Double threshold) {

        FilledChecks filled(CheckEngine engine, Map<String, Object> cellVars) {
            return filled.filledWith(cellVars) ? filled : engine.fill(checks, cellVars);
        }
    }

    private final CheckEngine engine;
    private final Map<String, Object> defaultTest;
    private final List<CheckSpec> defaultChecks;
    private final Map<TestCaseDefinition, Prepared> prepared = new IdentityHashMap<>();

    PreparedTests(CheckEngine engine, Map<String, Object> defaultTest) {
        this.engine = engine;
        this.defaultTest = defaultTest;
        this.defaultChecks = DefaultTest.checks(defaultTest);
    }

    Prepared of(TestCaseDefinition test) {
        synchronized (prepared) {
            Prepared known = prepared.get(test);
            if (known != null) {
                return known;
            }
        }
        // filled outside the lock: a test's first cells may both fill, and one of the two is kept
        Map<String, Object> vars = DefaultTest.vars(defaultTest, test.vars());
        List<CheckSpec> all = new ArrayList<>(defaultChecks);
        all.addAll(test.checks());
        List<CheckSpec> checks = CheckEngine.withOptions(all, test.options());
        Object threshold = test.options().get("threshold");
        Prepared made = new Prepared(vars, checks, engine.fill(checks, vars),
                threshold instanceof Number n ? n.doubleValue() : null);
        synchronized (prepared) {
            return prepared.computeIfAbsent(test, t -> made);
        }
    }
}
