package dev.promptsmith.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.promptsmith.check.types.CheckTypes;
import dev.promptsmith.model.LangChainGateway;
import dev.promptsmith.model.PriceTable;
import dev.promptsmith.model.ProviderIds;
import dev.promptsmith.simulator.LlmSimulator;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.NoKeys;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Model-graded checks ask a real judge over HTTP: here a local OpenAI-compatible server (the simulator). */
class ModelJudgeTest {

    private final LlmSimulator simulator = LlmSimulator.start();
    private final CheckEngine engine = new CheckEngine(new CheckRegistry(CheckTypes.all(
            new ModelJudge(new LangChainGateway(new NoKeys(), new PriceTable(), Duration.ofSeconds(5)),
                    null, null), text -> new float[] {1})));

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void aFencedVerdictFromAJudgeModelCounts() {
        simulator.replyFor("judge", Reply.text("```json\n{\"reason\": \"Names the total.\", \"pass\": true, \"score\": 0.8}\n```"));

        CheckResult result = engine.evaluate(CheckSpec.of(Map.of("type", "llm-rubric", "value", "mentions the total",
                "provider", Map.of("id", "openai:chat:judge", "config", Map.of("apiBaseUrl", simulator.openAiBaseUrl())))),
                CheckInput.of("The total is 42."));

        assertThat(result.pass()).as(result.reason()).isTrue();
        assertThat(result.score()).isEqualTo(0.8);
        assertThat(result.reason()).isEqualTo("Passed: expected output to satisfy the rubric \"mentions the total\"");
        assertThat(simulator.requests().getFirst().body()).contains("The total is 42.").contains("mentions the total");
    }

    @Test
    void aVerdictCutOffByTheTokenLimitStillCounts() {
        simulator.replyFor("judge", Reply.text("{\"reason\": \"Too vague and it never gives"));

        CheckResult result = engine.evaluate(CheckSpec.of(Map.of("type", "llm-rubric", "value", "is specific",
                "provider", Map.of("id", "openai:chat:judge", "config", Map.of("apiBaseUrl", simulator.openAiBaseUrl())))),
                CheckInput.of("It depends."));

        assertThat(result.pass()).isFalse();
        assertThat(result.reason()).contains("the judge said: Too vague and it never gives");
    }

    @Test
    void aJudgeNamedByAnOllamaIdIsAskedWhereTheAppsOllamaSettingSays() {
        // given: the setting names the simulator's Ollama; the check's provider names no URL
        assumeTrue(System.getenv("OLLAMA_BASE_URL") == null, "OLLAMA_BASE_URL would come before the setting");
        simulator.replyFor("judge-llama", Reply.text("{\"reason\": \"Polite.\", \"pass\": true, \"score\": 1}"));
        ModelJudge judge = new ModelJudge(new LangChainGateway(new NoKeys(), new PriceTable(), Duration.ofSeconds(5)),
                null, null, ProviderIds.environment(simulator.ollamaBaseUrl()));
        CheckEngine judged = new CheckEngine(new CheckRegistry(CheckTypes.all(judge, text -> new float[] {1})));

        // when
        CheckResult result = judged.evaluate(CheckSpec.of(Map.of("type", "llm-rubric", "value", "is polite",
                "provider", "ollama:chat:judge-llama")), CheckInput.of("Thank you."));

        // then
        assertThat(result.pass()).as(result.reason()).isTrue();
        assertThat(simulator.requests()).singleElement().satisfies(request ->
                assertThat(request.path()).isEqualTo("/api/chat"));
    }

    @Test
    void withoutAJudgeTheCheckSaysHowToConfigureOne() {
        CheckResult result = engine.evaluate(CheckSpec.of(Map.of("type", "llm-rubric", "value", "is good")),
                CheckInput.of("text"));

        assertThat(result.pass()).isFalse();
        assertThat(result.reason()).contains("no judge model").contains("promptsmith.judge");
    }

    @Test
    void theTestOptionsTextProviderJudgesAndAnOwnRubricPromptGoesAsTheOnlyMessage() {
        // given: defaultTest.options.provider as promptfoo writes it for RAG checks, {text, embedding}
        simulator.replyFor("grader", Reply.text("{\"pass\": true, \"reason\": \"fine\"}"));
        Map<String, Object> options = Map.of("provider", Map.of(
                "text", Map.of("id", "openai:chat:grader", "config", Map.of("apiBaseUrl", simulator.openAiBaseUrl())),
                "embedding", "openai:embedding:unused"), "rubricPrompt", "Is {{ output }} {{ rubric }}? Answer in JSON.");

        // when
        CaseVerdict verdict = engine.evaluate(engine.fill(CheckEngine.withOptions(engine.specs(java.util.List.of(
                Map.of("type", "llm-rubric", "value", "polite"))), options), Map.of()), null, CheckInput.of("Thanks!"));

        // then
        assertThat(verdict.pass()).as(verdict.checks().toString()).isTrue();
        String sent = simulator.requests().getFirst().body();
        assertThat(sent).contains("Is Thanks! polite? Answer in JSON.").doesNotContain("\"system\"");
    }
}
