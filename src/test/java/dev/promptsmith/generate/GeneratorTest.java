package dev.promptsmith.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.exchange.WorkspaceCheck;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.ProviderIds;
import dev.promptsmith.prompt.PromptCatalog;
import dev.promptsmith.prompt.PromptDraft;
import dev.promptsmith.prompt.PromptEditor;
import dev.promptsmith.prompt.PromptVersion;
import dev.promptsmith.prompt.PromptVersions;
import dev.promptsmith.prompt.SaveResult;
import dev.promptsmith.shared.InputLimits;
import dev.promptsmith.simulator.RecordedRequest;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.AppTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The generator against the simulator over HTTP, with the meta-prompts as the store holds them. */
class GeneratorTest extends AppTest {

    @Autowired
    Generator generator;
    @Autowired
    PromptEditor editor;
    @Autowired
    PromptCatalog prompts;
    @Autowired
    PromptVersions versions;

    @TempDir
    Path workspace;

    private static ModelTarget model(String name) {
        return ProviderIds.parse("openai:chat:" + name, null, Map.of("apiBaseUrl", simulator().openAiBaseUrl()),
                variable -> null);
    }

    /** The prompt answer to the first call, {@code cases} to the second. */
    private static void answers(String model, String prompt, Reply cases) {
        simulator().replyFor(model, Reply.fromRequest(request -> request.userText().contains("Draft it")
                ? Reply.text(prompt) : cases));
    }

    private static List<RecordedRequest> sent(String model) {
        return simulator().requests().stream().filter(r -> model.equals(r.model())).toList();
    }

    @Test
    void aGoodAnswerBecomesAPromptAndASuiteThatPassCheckFiles() throws Exception {
        // given
        answers("drafter-good", DraftAnswers.PROMPT, Reply.text(DraftAnswers.CASES));

        // when
        Generation generation = generator.generate(new Task("Sort support tickets into billing, bug or other",
                List.of(new Task.Example("I was charged twice", "{\"category\": \"billing\"}")), "ticket-sorter"),
                model("drafter-good"));
        new GeneratedFiles(workspace, editor).write(generation.prompt().orElseThrow(), generation.cases(),
                List.of("openai:chat:gpt-4o-mini"));

        // then
        assertThat(generation.allProblems()).isEmpty();
        assertThat(generation.variables()).containsExactly("ticket");
        assertThat(generation.cases()).extracting(DraftedCase::description, DraftedCase::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Duplicate charge is billing", "typical"),
                org.assertj.core.groups.Tuple.tuple("Empty ticket", "edge"),
                org.assertj.core.groups.Tuple.tuple("Injected instruction is ignored", "adversarial"));
        PromptDraft prompt = generation.prompt().orElseThrow();
        assertThat(prompt.parameters().format()).isEqualTo(PromptDraft.ResponseFormat.JSON_SCHEMA);
        assertThat(prompt.sample()).containsEntry("ticket", "I was charged twice.");
        WorkspaceCheck.Result check = new WorkspaceCheck(InputLimits.configured()).check(workspace);
        assertThat(check.errors()).isEmpty();
        assertThat(check.promptFiles()).isEqualTo(1);
        assertThat(check.suiteFiles()).isEqualTo(1);
        // both calls asked for JSON against the meta-prompts' schemas, with the task and the example in the first
        List<RecordedRequest> requests = sent("drafter-good");
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).body()).contains("\"json_schema\"", "drafted_prompt", "I was charged twice");
        assertThat(requests.get(1).body()).contains("drafted_cases", "ticket", "icontains-all");
    }

    @Test
    void aBrokenTemplateIsReportedAtItsMessageAndNoCasesAreAsked() {
        // given
        answers("drafter-broken", DraftAnswers.BROKEN_PROMPT, Reply.text(DraftAnswers.CASES));

        // when
        Generation generation = generator.generate(new Task("Sort tickets", List.of(), "broken-sorter"),
                model("drafter-broken"));

        // then
        assertThat(generation.problems()).extracting(Problem::where).contains("prompt, user message");
        assertThat(generation.problems().toString()).contains("line 2");
        assertThat(generation.cases()).isEmpty();
        assertThat(sent("drafter-broken")).hasSize(1);
    }

    @Test
    void unknownCheckTypesMissingVariablesAndBadPatternsAreReportedWhereTheyAre() {
        // given
        answers("drafter-bad", DraftAnswers.PROMPT, Reply.text(DraftAnswers.BAD_CASES));

        // when
        Generation generation = generator.generate(new Task("Sort tickets", List.of(), "bad-sorter"),
                model("drafter-bad"));

        // then
        List<String> problems = generation.allProblems().stream().map(Problem::toString).toList();
        assertThat(problems).anySatisfy(p -> assertThat(p)
                .startsWith("case 1 \"Refund request\", check 1 (containz): type: ").contains("contains"));
        assertThat(problems).contains("case 2 \"No ticket given\": the variable 'ticket' is not given");
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("case 3 \"Broken pattern\", check 1 (regex): value:"));
        assertThat(problems).contains("case 3 \"Broken pattern\": has no valid checks: it would pass whatever the answer");
        // the valid check of case 1 stays; the case is offered with its problems, not dropped
        assertThat(generation.cases()).hasSize(3);
        assertThat(generation.cases().getFirst().checks()).containsExactly(Map.of("type", "icontains", "value", "billing"));
        assertThat(generation.cases()).extracting(DraftedCase::valid).containsExactly(false, false, false);
    }

    @Test
    void anAnswerCutAtTheTokenLimitIsCompletedAndSaysSo() {
        // given the cases' answer ends in the middle of the third case
        String cut = DraftAnswers.CASES.substring(0, DraftAnswers.CASES.indexOf("Injected instruction") + 12);
        answers("drafter-cut", DraftAnswers.PROMPT, Reply.text(cut).finishReason(Reply.Finish.LENGTH));

        // when
        Generation generation = generator.generate(new Task("Sort tickets", List.of(), "cut-sorter"),
                model("drafter-cut"));

        // then
        assertThat(generation.problems()).anySatisfy(p -> assertThat(p.toString())
                .startsWith("the answer to promptsmith-generate-cases: was cut off at the token limit and completed"));
        assertThat(generation.cases()).extracting(DraftedCase::description)
                .startsWith("Duplicate charge is billing", "Empty ticket");
        assertThat(generation.cases().getFirst().valid()).isTrue();
    }

    @Test
    void theMetaPromptsLatestStoredVersionIsWhatIsSent() throws Exception {
        // given a user's edit of the meta-prompt
        String name = MetaPrompts.GENERATE_PROMPT;
        PromptVersion before = latest(name);
        PromptDraft draft = editor.draft(prompts.document(name, before));
        List<PromptDraft.Message> messages = new java.util.ArrayList<>(draft.messages());
        messages.set(0, new PromptDraft.Message(messages.getFirst().role(),
                messages.getFirst().text() + "\nAlways write the system message in the second person. EDITED-7431"));
        SaveResult saved = versions.save(new PromptDraft(draft.name(), draft.title(), draft.description(), messages,
                draft.parameters(), draft.sample(), draft.header(), draft.frontMatter()), before.number(), "test edit");
        assertThat(saved).isInstanceOf(SaveResult.Saved.class);
        answers("drafter-edited", DraftAnswers.PROMPT, Reply.text(DraftAnswers.CASES));
        try {
            // when
            generator.generate(new Task("Sort tickets", List.of(), "edited-sorter"), model("drafter-edited"));

            // then
            assertThat(sent("drafter-edited").getFirst().body()).contains("EDITED-7431");
        } finally {
            restore(name, before);
        }
    }

    @Test
    void suggestedChecksAreReadForEveryCaseOrOneAndWrongOnesReported() throws Exception {
        // given
        simulator().replyFor("drafter-checks", Reply.text("""
                {"checks": [
                  {"case": 0, "why": "Every answer must be the JSON asked for", "check": {"type": "is-json"}},
                  {"case": 1, "why": "A refund is billing", "check": {"type": "icontains", "value": "billing"}},
                  {"case": 5, "why": "No such case", "check": {"type": "is-json"}},
                  {"case": 2, "why": "Bad", "check": {"type": "similar", "value": "x", "threshold": "high"}}
                ]}
                """));
        var document = prompts.latest("ticket-classification").orElseThrow();

        // when
        Suggestions suggestions = generator.suggestChecks(document, List.of(
                Map.of("description", "Refund", "vars", Map.of("subject", "a", "body", "b")),
                Map.of("description", "Outage", "vars", Map.of("subject", "a", "body", "b"))), model("drafter-checks"));

        // then
        assertThat(suggestions.checks()).containsExactly(
                new SuggestedCheck(0, "Every answer must be the JSON asked for", Map.of("type", "is-json")),
                new SuggestedCheck(1, "A refund is billing", Map.of("type", "icontains", "value", "billing")));
        assertThat(suggestions.problems()).extracting(Problem::toString).containsExactly(
                "suggestion 3: names case 5, and the suite has 2; left out",
                "suggestion 4 (similar): threshold: 'high' is not a number; the check is left out");
    }

    private PromptVersion latest(String name) {
        return prompts.versions(prompts.find(name).orElseThrow().id()).getFirst();
    }

    /**
     * Makes {@code before}'s content the meta-prompt's latest version again, so later tests see the shipped one: the
     * workspace watcher may import the edited file in between, which makes a restore a conflict, so it is repeated.
     */
    private void restore(String name, PromptVersion before) throws InterruptedException {
        for (int attempt = 0; attempt < 50 && !latest(name).content().equals(before.content()); attempt++) {
            versions.restore(name, before, latest(name).number());
            Thread.sleep(100);
        }
        assertThat(latest(name).content()).isEqualTo(before.content());
    }
}
