package dev.promptsmith.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.shared.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The learning model answering as promptfoo's {@code optimize} asks it: a plain-text prompt, its candidate request. */
class LearningModelTest {

    private final LlmSimulator simulator = LlmSimulator.start();
    private final LearningTask triage = LearningTask.triage();
    private final LearningModel model = new LearningModel(List.of(triage), 0.0, 1.0, 7);

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void aPlainTextPromptCountsTheRulesItStatesAndEchoesOnlyTheInput() throws Exception {
        simulator.replyFor("learner", model.reply());
        String bare = "You triage support tickets.\n\n" + triage.input(7);
        String ruled = "You triage support tickets.\nNever apologize.\nState the priority as low, normal or high.\n"
                + "Name the category as one of billing, bug or other.\n\n" + triage.input(7);

        assertThat(answer("learner", List.of(Map.of("role", "user", "content", bare))))
                .isEqualTo("answer for triage input number 7\nIt seems to be about money.\nSorry for the trouble.");
        assertThat(answer("learner", List.of(Map.of("role", "user", "content", ruled))))
                .isEqualTo("answer for triage input number 7\ncategory: billing\npriority: high");
        assertThat(model.taskCalls()).isEqualTo(2);
    }

    @Test
    void promptfoosCandidateRequestGetsCandidatesWithTheRulesItsGradingReasonsReveal() throws Exception {
        simulator.replyFor("gpt-5.6-terra", model.reply());
        String prompt = "You triage support tickets.\n\n{{ticket}}";
        Map<String, Object> asked = Map.of("goal", "Improve this prompt", "candidateCount", 3, "currentPrompt", prompt,
                "failures", List.of(Map.of("score", 0, "success", false, "vars", "{\"ticket\":\"x\"}",
                        "output", "answer for x", "gradingReason", "Expected output to contain \"priority: \"")),
                "successes", List.of(), "searchHistory", List.of());

        String answer = answer("gpt-5.6-terra", List.of(
                Map.of("role", "system", "content", LearningModel.PROMPTFOO_OPTIMIZER + "\n\nReturn a JSON object."),
                Map.of("role", "user", "content", Json.write(asked))));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> candidates = (List<Map<String, Object>>) Json.readObject(answer).get("candidates");
        assertThat(candidates).hasSize(3).allSatisfy(c -> assertThat(c.get("prompt")).isEqualTo(
                "You triage support tickets.\nState the priority as low, normal or high.\n\n{{ticket}}"));
        assertThat(model.proposerCalls()).isEqualTo(1);
        assertThat(model.promptfooProposals()).containsOnlyKeys(
                "You triage support tickets.\nState the priority as low, normal or high.\n\n{{ticket}}");
        assertThat(model.promptfooProposals().values()).containsExactly(new LearningModel.PromptfooProposal(1, 1));
    }

    @SuppressWarnings("unchecked")
    private String answer(String modelName, List<Map<String, String>> messages) throws Exception {
        String body = Json.write(Map.of("model", modelName, "messages", messages));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(simulator.openAiBaseUrl() + "/chat/completions"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer sk-test")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> choice = (Map<String, Object>) ((List<Object>) Json.readObject(response.body())
                .get("choices")).getFirst();
        return (String) ((Map<String, Object>) choice.get("message")).get("content");
    }
}
