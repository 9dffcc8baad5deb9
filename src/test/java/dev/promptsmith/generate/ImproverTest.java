package dev.promptsmith.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.ProviderIds;
import dev.promptsmith.prompt.PromptCatalog;
import dev.promptsmith.prompt.PromptDiff;
import dev.promptsmith.prompt.PromptDraft;
import dev.promptsmith.prompt.PromptVersion;
import dev.promptsmith.prompt.PromptVersions;
import dev.promptsmith.prompt.SaveResult;
import dev.promptsmith.shared.Role;
import dev.promptsmith.simulator.RecordedRequest;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.AppTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The improver against the simulator: the feedback and failures are sent, the revision is diffed and saved. */
class ImproverTest extends AppTest {

    @Autowired
    Improver improver;
    @Autowired
    PromptVersions versions;
    @Autowired
    PromptCatalog prompts;

    private static ModelTarget model(String name) {
        return ProviderIds.parse("openai:chat:" + name, null, Map.of("apiBaseUrl", simulator().openAiBaseUrl()),
                variable -> null);
    }

    private PromptVersion create(String name) {
        SaveResult saved = versions.save(new PromptDraft(name, "Review summary", "", List.of(
                new PromptDraft.Message(Role.USER, "Summarize this review:\n{{ review }}")),
                PromptDraft.Parameters.NONE, Map.of("review", "Great hotel."), Map.of()), 0, "created");
        return ((SaveResult.Saved) saved).version();
    }

    @Test
    void aRevisionFromFeedbackAndFailuresIsDiffedAndAcceptingItSavesTheNextVersion() throws Exception {
        // given
        PromptVersion first = create("improve-review-summary");
        simulator().replyFor("improver-good", Reply.text("""
                {"explanation": "The answers had three sentences; the prompt now asks for exactly one sentence.",
                 "system": "You summarize hotel reviews.",
                 "user": "Summarize this review in one sentence:\\n{{ review }}",
                 "temperature": 0, "max_tokens": 80, "response_format": "text", "json_schema": null}
                """));
        FailingCase failure = new FailingCase("Long review", Map.of("review", "Loved it. Kind staff."),
                "The reviewer loved it. The staff was kind. Breakfast was good.",
                List.of("Expected at most 1 sentence but found 3"));

        // when
        Revision revision = improver.propose("improve-review-summary", first, "Keep it short", List.of(failure),
                model("improver-good"));
        SaveResult accepted = improver.accept(revision);

        // then
        assertThat(revision.problems()).isEmpty();
        assertThat(revision.acceptable()).isTrue();
        assertThat(revision.explanation()).startsWith("The answers had three sentences");
        assertThat(revision.diff().sections()).extracting(PromptDiff.Section::title)
                .contains("Messages", "Parameters");
        RecordedRequest sent = simulator().requests().stream().filter(r -> r.model().equals("improver-good"))
                .findFirst().orElseThrow();
        assertThat(sent.body()).contains("Keep it short", "Expected at most 1 sentence but found 3", "revised_prompt",
                "Summarize this review:");
        assertThat(accepted).isInstanceOfSatisfying(SaveResult.Saved.class, saved -> {
            assertThat(saved.version().number()).isEqualTo(2);
            assertThat(saved.version().note()).startsWith("improved: The answers had three sentences");
            assertThat(saved.version().content()).contains("in one sentence", "You summarize hotel reviews.");
        });
    }

    @Test
    void aRevisionThatDropsAVariableOrChangesNothingSaysSo() throws Exception {
        // given
        PromptVersion first = create("improve-dropped-variable");
        simulator().replyFor("improver-bad", Reply.text("""
                {"explanation": "Shorter.", "system": "", "user": "Summarize the review in one sentence.",
                 "temperature": 0, "max_tokens": 80, "response_format": "text", "json_schema": null}
                """));

        // when
        Revision revision = improver.propose("improve-dropped-variable", first, "Shorter", List.of(),
                model("improver-bad"));

        // then
        assertThat(revision.problems()).extracting(Problem::toString)
                .containsExactly("prompt: the revision no longer uses the variable 'review', which the suite's cases give");
        assertThat(prompts.versions(prompts.find("improve-dropped-variable").orElseThrow().id())).hasSize(1);
    }
}
