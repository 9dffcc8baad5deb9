package dev.promptsmith.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.ProviderKind;
import dev.promptsmith.prompt.PromptyParser;
import dev.promptsmith.suite.TestCaseDefinition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunPlanTest {

    @Test
    void everyPromptCaseModelAndRepeatIsOneCellAndACaseMaySetItsOwnRepeats() throws Exception {
        var prompt = new PromptyParser().parse("p.prompty", "p", "---\n---\nuser:\nHi\n");
        var plain = new TestCaseDefinition(0, "plain", Map.of(), List.of(), Map.of(), List.of(), 1);
        var flaky = new TestCaseDefinition(1, "watched", Map.of(), List.of(), Map.of("repeat", 5), List.of(), 2);
        var a = new ModelTarget(null, "a", ProviderKind.ECHO, "echo", null, null, Map.of());
        var b = new ModelTarget(null, "b", ProviderKind.ECHO, "echo", null, null, Map.of());
        RunSpec spec = new RunSpec(1, "s", List.of(new RunSpec.PlannedPrompt(1, prompt)),
                List.of(new RunSpec.PlannedCase(10, plain), new RunSpec.PlannedCase(11, flaky)), List.of(a, b), Map.of(),
                RunSettings.defaults().withRepeats(2));

        List<Cell> cells = RunPlan.cells(spec);

        assertThat(cells).hasSize(2 * 2 + 5 * 2).hasSize(spec.cellCount());
        assertThat(cells.subList(0, 4)).extracting(c -> c.testCaseId() + "/" + c.model().name() + "/" + c.repeat())
                .containsExactly("10/a/0", "10/a/1", "10/b/0", "10/b/1");
        assertThat(cells).filteredOn(c -> c.testCaseId() == 11 && c.modelIndex() == 1).extracting(Cell::repeat)
                .containsExactly(0, 1, 2, 3, 4);
    }
}
