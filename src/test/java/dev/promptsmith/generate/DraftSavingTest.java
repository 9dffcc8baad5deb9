package dev.promptsmith.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.ProviderKind;
import dev.promptsmith.prompt.PromptDraft;
import dev.promptsmith.run.RunService;
import dev.promptsmith.shared.Role;
import dev.promptsmith.suiteedit.SuiteDraft;
import dev.promptsmith.suiteedit.SuiteEditing;
import dev.promptsmith.support.AppTest;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Kept drafts go through the editors' save paths: a prompt version and its file, a suite file read back as a suite. */
class DraftSavingTest extends AppTest {

    @Autowired
    DraftSaving saving;
    @Autowired
    SuiteEditing suites;
    @Autowired
    RunService runs;

    private static DraftedCase drafted(String description, String city) {
        return new DraftedCase(description, "typical", Map.of("city", city),
                List.of(Map.of("type", "icontains", "value", city)), List.of());
    }

    @Test
    void aKeptPromptAndCasesBecomeAPromptAndASuiteAndSuggestedChecksGoToTheDefaultsOrToOneCase() throws Exception {
        // given
        PromptDraft prompt = new PromptDraft("kept-weather", "Weather", "Says the weather.", List.of(
                new PromptDraft.Message(Role.USER, "What is the weather in {{ city }}?")),
                PromptDraft.Parameters.NONE, Map.of("city", "Oslo"), Map.of());

        // when
        Kept kept = saving.keep(prompt, List.of(drafted("Oslo", "Oslo"), drafted("Lima", "Lima")),
                List.of(new ModelTarget(null, "Mini", ProviderKind.OPENAI, "gpt-4o-mini", null, null, Map.of())));
        int keptVersion = suites.storedVersion("kept-weather");
        Kept checked = saving.addToSuite("kept-weather", List.of(), List.of(
                new SuggestedCheck(0, "short answers", Map.of("type", "javascript", "value", "output.length < 300")),
                new SuggestedCheck(2, "names the city", Map.of("type", "not-icontains", "value", "Oslo"))));

        // then
        assertThat(kept.messages()).containsExactly("Saved kept-weather version 1",
                "Saved testcases/kept-weather.yaml with 2 cases");
        assertThat(kept.saved()).isTrue();
        assertThat(keptVersion).as("the suite is written and imported once, with its cases").isEqualTo(1);
        assertThat(checked.saved()).as(checked.messages().toString()).isTrue();
        assertThat(Files.readString(workspaceRoot().resolve("prompts/kept-weather.prompty")))
                .contains("What is the weather in {{ city }}?");
        SuiteDraft suite = suites.open("kept-weather");
        assertThat(suite.prompts()).containsExactly("file://prompts/kept-weather.prompty");
        assertThat(suite.defaultTest()).isEqualTo(Map.of("assert",
                List.of(Map.of("type", "javascript", "value", "output.length < 300"))));
        assertThat(suite.cases().get(0).get("assert")).isEqualTo(List.of(Map.of("type", "icontains", "value", "Oslo")));
        assertThat(suite.cases().get(1).get("assert")).isEqualTo(List.of(Map.of("type", "icontains", "value", "Lima"),
                Map.of("type", "not-icontains", "value", "Oslo")));
    }

    @Test
    void theKeptSuiteNamesTheSavedModelSoThatItsRunReachesTheSameServer() throws Exception {
        // given a saved model behind a base URL of its own, with a request option
        ModelTarget saved = new ModelTarget(7L, "Local drafter", ProviderKind.OPENAI, "local-drafter",
                "http://127.0.0.1:9/v1", "LOCAL_DRAFTER_KEY", Map.of("temperature", 0.2));
        PromptDraft prompt = new PromptDraft("kept-provider", "Provider", "", List.of(
                new PromptDraft.Message(Role.USER, "Hello {{ name }}")), PromptDraft.Parameters.NONE, Map.of(),
                Map.of());

        // when
        Kept kept = saving.keep(prompt, List.of(), List.of(saved));

        // then the suite's own model is the saved one: same server, key variable, name and options
        assertThat(kept.saved()).as(kept.messages().toString()).isTrue();
        List<ModelTarget> inSuite = runs.suiteModels(runs.suite("kept-provider").orElseThrow());
        assertThat(inSuite).singleElement().satisfies(target -> {
            assertThat(target.providerId()).isEqualTo("openai:chat:local-drafter");
            assertThat(target.name()).isEqualTo("Local drafter");
            assertThat(target.effectiveBaseUrl()).isEqualTo("http://127.0.0.1:9/v1");
            assertThat(target.apiKeyEnvar()).isEqualTo("LOCAL_DRAFTER_KEY");
            assertThat(target.keyDestination()).isEqualTo(saved.keyDestination());
            assertThat(target.parameters()).containsEntry("temperature", 0.2);
        });
        assertThat(Files.readString(workspaceRoot().resolve("testcases/kept-provider.yaml")))
                .contains("apiBaseUrl: http://127.0.0.1:9/v1");
    }

    @Test
    void keepingUnderATakenNameSavesNothing() {
        // when
        Kept kept = saving.keep(new PromptDraft("invoice-to-json", "Copy", "", List.of(
                new PromptDraft.Message(Role.USER, "Hi")), PromptDraft.Parameters.NONE, Map.of(), Map.of()),
                List.of(), List.of());

        // then
        assertThat(kept).isEqualTo(new Kept(false, List.of("a prompt named 'invoice-to-json' exists already")));
    }
}
