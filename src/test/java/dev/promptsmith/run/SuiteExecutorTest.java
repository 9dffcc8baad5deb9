package dev.promptsmith.run;

import dev.promptsmith.suite.results.CaseStats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.types.StandardChecks;
import dev.promptsmith.model.LangChainGateway;
import dev.promptsmith.model.ModelErrorKind;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.PriceTable;
import dev.promptsmith.model.ProviderKind;
import dev.promptsmith.prompt.PromptDocument;
import dev.promptsmith.prompt.PromptyParser;
import dev.promptsmith.run.cache.CachedCalls;
import dev.promptsmith.run.cache.ResponseCache;
import dev.promptsmith.simulator.LlmSimulator;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.NoKeys;
import dev.promptsmith.suite.TestCaseDefinition;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SuiteExecutorTest {

    private final LlmSimulator simulator = LlmSimulator.start();
    private final LangChainGateway gateway = new LangChainGateway(new NoKeys(), new PriceTable(), Duration.ofSeconds(5));
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final SuiteExecutor executor = new SuiteExecutor(gateway, StandardChecks.engine(gateway, null, null),
            waits::add, new CachedCalls(ResponseCache.NONE), new PriceTable());
    private final RunSettings settings = RunSettings.defaults().withConcurrency(1).withCache(false);
    private final ModelTarget model = new ModelTarget(null, "sim", ProviderKind.OPENAI, "m", simulator.openAiBaseUrl(),
            null, Map.of());

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void transientFailuresAreRetriedHonouringRetryAfterAndCounted() throws Exception {
        // given
        simulator.enqueue("m", Reply.error(429, "slow down").retryAfter(Duration.ofSeconds(3)));
        simulator.enqueue("m", Reply.error(500, "boom"));
        simulator.replyFor("m", Reply.text("Hello Ada"));

        // when
        List<CellResult> results = executor.run(cells(1), Map.of(), settings, result -> { });

        // then
        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.passed()).isTrue();
            assertThat(result.attempts()).isEqualTo(3);
        });
        assertThat(simulator.callCount()).isEqualTo(3);
        assertThat(waits.getFirst()).isEqualTo(Duration.ofSeconds(3));
        assertThat(waits).hasSize(2);
    }

    @Test
    void anAuthenticationFailureIsNotRetried() throws Exception {
        simulator.replyFor("m", Reply.error(401, "bad key"));

        List<CellResult> results = executor.run(cells(1), Map.of(), settings, result -> { });

        assertThat(results.getFirst().error()).contains("authentication failed");
        assertThat(simulator.callCount()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void repeatsThatDisagreeAreFlaky() throws Exception {
        simulator.enqueue("m", Reply.text("Hello Ada"));
        simulator.enqueue("m", Reply.text("Hi there"));
        simulator.enqueue("m", Reply.text("Hello Ada"));

        List<CellResult> results = executor.run(cells(3), Map.of(), settings.withRepeats(3), result -> { });
        List<CaseStats> stats = CaseStats.of(results.stream().map(CellResult::sample).toList());

        assertThat(stats).singleElement().satisfies(c -> {
            assertThat(c.passed()).isEqualTo(2);
            assertThat(c.runs()).isEqualTo(3);
            assertThat(c.flaky()).isTrue();
            assertThat(c.passedAll()).isFalse();
        });
    }

    @Test
    void aVariableWithoutValueIsAnErrorOfItsCellNotALostCell() throws Exception {
        PromptDocument prompt = new PromptyParser().parse("prompts/p.prompty", "p", "---\n---\nuser:\nGreet {{ person }}\n");
        java.util.Map<String, Object> vars = new java.util.HashMap<>();
        vars.put("person", null);
        TestCaseDefinition test = new TestCaseDefinition(0, "null person", vars, List.of(), Map.of(), List.of(), 1);
        List<Cell> cells = RunPlan.cells(new RunSpec(0, "s", List.of(new RunSpec.PlannedPrompt(0, prompt)),
                List.of(new RunSpec.PlannedCase(0, test)), List.of(model), Map.of(), settings));

        List<CellResult> results = executor.run(cells, Map.of(), settings, result -> { });

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.passed()).isFalse();
            assertThat(result.error()).isEqualTo("variable 'person' is not defined (user message, line 4 of p.prompty)");
        });
        assertThat(simulator.callCount()).isZero();
    }

    @Test
    void aCallWithoutAnAnswerWithinTheRunsTimeOutIsCutAndStoredAsTimedOut() throws Exception {
        // given: a model that hangs, a run time-out of 1 s (the HTTP client's own is 5 s), no retries
        simulator.replyFor("m", Reply.hang(Duration.ofSeconds(30)));
        RunSettings oneSecond = new RunSettings(1, 1, 1, 0, Duration.ofSeconds(1), false);

        // when
        long start = System.nanoTime();
        List<CellResult> results = executor.run(cells(1), Map.of(), oneSecond, result -> { });

        // then
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.errorKind()).isEqualTo(ModelErrorKind.TIMEOUT);
            assertThat(result.error()).isEqualTo("sim (openai:chat:m): no answer within 1 s");
        });
    }

    @Test
    void cancellingARunCutsTheCallsInFlightAndLeavesTheirCellsWithoutResult() throws Exception {
        // given: two cells whose calls hang
        simulator.replyFor("m", Reply.hang(Duration.ofSeconds(30)));
        Execution execution = executor.start(cells(2), Map.of(), settings.withConcurrency(2), result -> { });
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (simulator.callCount() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(simulator.callCount()).isEqualTo(2);

        // when
        long start = System.nanoTime();
        execution.cancel();
        List<CellResult> results = execution.await();

        // then
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(results).isEmpty();
    }

    @Test
    void checksSeeTheModelsToolsAndTheAnswersLogProbabilities() throws Exception {
        // given: a model offered get_weather that calls it, and asked for log probabilities
        Map<String, Object> weather = Map.of("name", "get_weather", "parameters", Map.of("type", "object",
                "properties", Map.of("city", Map.of("type", "string")), "required", List.of("city")));
        ModelTarget offering = new ModelTarget(null, "sim", ProviderKind.OPENAI, "m", simulator.openAiBaseUrl(), null,
                Map.of("tools", List.of(Map.of("type", "function", "function", weather)),
                        "passthrough", Map.of("logprobs", true)));
        simulator.replyFor("m", Reply.text("").toolCalls(List.of(new Reply.ToolCall("get_weather", "{\"city\":\"Ada\"}"))));

        // when
        List<CellResult> results = executor.run(cells(offering, Map.of("type", "is-valid-openai-tools-call")),
                Map.of(), settings, result -> { });

        // then
        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.error()).isNull();
            assertThat(result.passed()).as(result.verdict().checks().toString()).isTrue();
        });
    }

    @Test
    void perplexityOfAnAnswerWithoutLogProbabilitiesMakesTheCellAnErrorThatKeepsTheAnswer() throws Exception {
        simulator.replyFor("m", Reply.text("Hello Ada"));

        List<CellResult> results = executor.run(cells(model, Map.of("type", "perplexity", "threshold", 2)), Map.of(),
                settings, result -> { });

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.passed()).isFalse();
            assertThat(result.error()).startsWith("perplexity needs the token log probabilities of the answer, and sim "
                    + "(openai:chat:m) returned none");
            assertThat(result.output()).isEqualTo("Hello Ada");
            assertThat(result.sample().error()).isTrue();
        });
    }

    private List<Cell> cells(ModelTarget target, Map<String, Object> check) throws Exception {
        PromptDocument prompt = new PromptyParser().parse("prompts/p.prompty", "p", "---\n---\nuser:\nGreet {{ person }}\n");
        TestCaseDefinition test = new TestCaseDefinition(0, "greets", Map.of("person", "Ada"), List.of(CheckSpec.of(check)), Map.of(),
                List.of(), 1);
        return RunPlan.cells(new RunSpec(0, "s", List.of(new RunSpec.PlannedPrompt(0, prompt)),
                List.of(new RunSpec.PlannedCase(0, test)), List.of(target), Map.of(), settings));
    }

    private List<Cell> cells(int repeats) throws Exception {
        PromptDocument prompt = new PromptyParser().parse("prompts/p.prompty", "p", "---\n---\nuser:\nGreet {{ person }}\n");
        TestCaseDefinition test = new TestCaseDefinition(0, "greets", Map.of("person", "Ada"),
                List.of(CheckSpec.of(Map.of("type", "contains", "value", "Ada"))), Map.of(), List.of(), 1);
        return RunPlan.cells(new RunSpec(0, "s", List.of(new RunSpec.PlannedPrompt(0, prompt)),
                List.of(new RunSpec.PlannedCase(0, test)), List.of(model), Map.of(), settings.withRepeats(repeats)));
    }
}
