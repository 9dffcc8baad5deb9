package dev.promptsmith.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.check.CheckEngine;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckResult;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.types.CheckTypes;
import dev.promptsmith.suite.TestCaseDefinition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the cells of one test share is worked out once per test, not once per cell. */
class PreparedTestsTest {

    private final CheckEngine engine = new CheckEngine(CheckTypes.namesOnly());
    private final Map<String, Object> defaultTest = Map.of("vars", Map.of("greeting", "Hello", "person", "nobody"),
            "assert", List.of(Map.of("type", "icontains", "value", "{{ greeting }}")));
    private final TestCaseDefinition test = new TestCaseDefinition(0, "greets Ada", Map.of("person", "Ada"),
            List.of(CheckSpec.of(Map.of("type", "contains", "value", "{{ person }}")),
                    CheckSpec.of(Map.of("type", "equals", "value", "{{ missing }}"))),
            Map.of("provider", "openai:chat:judge", "threshold", 0.5), List.of(), 3);

    @Test
    void everyCellOfATestGetsTheSameVariablesAndChecksFilledOnce() {
        // given
        PreparedTests tests = new PreparedTests(engine, defaultTest);

        // when
        PreparedTests.Prepared first = tests.of(test);
        PreparedTests.Prepared second = tests.of(test);

        // then
        assertThat(second).isSameAs(first);
        assertThat(first.filled(engine, first.vars())).isSameAs(first.filled(engine, second.vars()));
        assertThat(first.vars()).isEqualTo(Map.of("greeting", "Hello", "person", "Ada"));
        assertThat(first.threshold()).isEqualTo(0.5);
        assertThat(first.checks()).extracting(CheckSpec::type).containsExactly("icontains", "contains", "equals");
        assertThat(first.checks()).allSatisfy(c -> assertThat(c.config()).containsEntry("provider", "openai:chat:judge"));
    }

    @Test
    void theFilledChecksJudgeEachOutputAsTheWrittenChecksDo() {
        // given
        PreparedTests.Prepared prepared = new PreparedTests(engine, defaultTest).of(test);
        CheckInput input = new CheckInput("hello, Ada", prepared.vars(), "", null, null, null);

        // when
        List<CheckResult> results = engine.evaluate(prepared.filled(engine, prepared.vars()), null, input).checks();

        // then
        assertThat(results).extracting(CheckResult::pass).containsExactly(true, true, false);
        assertThat(results.get(2).reason()).startsWith("Check equals could not run: ").contains("missing");
    }

    @Test
    void otherVariablesThanTheTestsGetChecksFilledWithThem() {
        // given
        PreparedTests.Prepared prepared = new PreparedTests(engine, defaultTest).of(test);
        Map<String, Object> changed = Map.of("greeting", "Hi", "person", "Bob", "missing", "x");
        CheckInput input = new CheckInput("Hi Bob", changed, "", null, null, null);

        // when
        List<CheckResult> results = engine.evaluate(prepared.filled(engine, changed), null, input).checks();

        // then
        assertThat(results).extracting(CheckResult::pass).containsExactly(true, true, false);
        assertThat(results.get(2).reason()).contains("\"x\"");
    }
}
