package dev.promptsmith.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.ModelCatalog;
import dev.promptsmith.prompt.PromptCatalog;
import dev.promptsmith.prompt.PromptDraft;
import dev.promptsmith.prompt.PromptVersion;
import dev.promptsmith.run.RunService;
import dev.promptsmith.run.RunSettings;
import dev.promptsmith.shared.Role;
import dev.promptsmith.support.AppTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The improver's failing cases come from the latest run of the version, with their inputs, outputs and reasons. */
class FailingCasesTest extends AppTest {

    @Autowired
    DraftSaving saving;
    @Autowired
    RunService runs;
    @Autowired
    PromptCatalog prompts;
    @Autowired
    FailingCases failing;

    @Test
    void theFailedCasesOfTheLatestRunAreGivenWithInputOutputAndWhyTheyFailed() throws Exception {
        // given a suite of two cases run on the echo model, which answers with the prompt: one passes, one fails
        saving.keep(new PromptDraft("failing-greeter", "Greeter", "", List.of(
                new PromptDraft.Message(Role.USER, "Greet {{ person }}.")), PromptDraft.Parameters.NONE,
                Map.of("person", "Ada"), Map.of()), List.of(
                new DraftedCase("Ada is named", "typical", Map.of("person", "Ada"),
                        List.of(Map.of("type", "contains", "value", "Ada")), List.of()),
                new DraftedCase("Bo gets a smile", "typical", Map.of("person", "Bo"),
                        List.of(Map.of("type", "contains", "value", ":)")), List.of())), List.of(ModelCatalog.ECHO));
        long id = runs.start(runs.suite("failing-greeter").orElseThrow(), List.of(ModelCatalog.ECHO),
                RunSettings.defaults().withCache(false));
        Instant deadline = Instant.now().plusSeconds(60);
        while (runs.summary(id).orElseThrow().running() || runs.live(id).isPresent()) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(100);
        }
        PromptVersion version = prompts.versions(prompts.find("failing-greeter").orElseThrow().id()).getFirst();

        // when
        List<FailingCase> found = failing.latest("failing-greeter", version, 10);

        // then
        assertThat(found).hasSize(1);
        FailingCase failed = found.getFirst();
        assertThat(failed.description()).startsWith("Bo gets a smile");
        assertThat(failed.vars()).containsEntry("person", "Bo");
        assertThat(failed.output()).contains("Greet Bo.");
        assertThat(failed.reasons()).singleElement().asString().contains(":)");
    }
}
