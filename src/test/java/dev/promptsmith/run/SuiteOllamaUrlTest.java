package dev.promptsmith.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.ProviderKind;
import dev.promptsmith.prompt.PromptCatalog;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.simulator.RecordedRequest;
import dev.promptsmith.suite.SuiteParser;
import dev.promptsmith.suite.SuiteStore;
import dev.promptsmith.suite.SuiteVersion;
import dev.promptsmith.support.AppTest;
import dev.promptsmith.support.StoredRuns;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** The app's suites with Ollama providers, where the app's promptsmith.ollama-url is the simulator (see AppTest). */
class SuiteOllamaUrlTest extends AppTest {

    private static final String SUITE = """
            prompts: [%s]
            providers:
              - ollama:chat:sim-url-chat
              - ollama:completion:sim-url-completion:latest
              - id: ollama:sim-url-own
                config: {apiBaseUrl: "http://127.0.0.1:9"}
            tests:
              - vars: {subject: Refund, body: Please}
                assert:
                  - type: cost
                    threshold: 0
            """.formatted(StoredRuns.PROMPT);

    @Autowired
    ApplicationContext app;
    @Autowired
    RunService runs;
    @Autowired
    RunEngine engine;
    @Autowired
    SuiteStore suites;
    @Autowired
    PromptCatalog prompts;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSuitesOllamaProvidersGoToTheAppsOllamaUnlessTheirConfigNamesAnother() {
        // given
        assumeTrue(System.getenv("OLLAMA_BASE_URL") == null, "OLLAMA_BASE_URL would come before the setting");
        SuiteVersion suite = suite("ollama-url");

        // when
        List<ModelTarget> models = runs.suiteModels(suite);

        // then
        assertThat(models).extracting(ModelTarget::kind, ModelTarget::modelName, ModelTarget::baseUrl).containsExactly(
                tuple(ProviderKind.OLLAMA, "sim-url-chat", simulator().ollamaBaseUrl()),
                tuple(ProviderKind.OLLAMA, "sim-url-completion:latest", simulator().ollamaBaseUrl()),
                tuple(ProviderKind.OLLAMA, "sim-url-own", "http://127.0.0.1:9"));

        // and a run of the first reaches the simulator's Ollama, its cost check passing at nothing
        List<CellResult> results = engine.start(engine.spec(suite, models.subList(0, 1),
                RunSettings.defaults().withCache(false)), "test", r -> { }).await();
        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.error()).isNull();
            assertThat(result.passed()).isTrue();
            assertThat(result.costUsd()).isZero();
        });
        assertThat(simulator().requests()).filteredOn(r -> r.body().contains("sim-url-chat"))
                .extracting(RecordedRequest::path).containsOnly("/api/chat").isNotEmpty();
    }

    private SuiteVersion suite(String name) {
        new StoredRuns(app).suite(name + "-prompt", 1);
        long promptId = prompts.find(StoredRuns.PROMPT).orElseThrow().id();
        transactions.executeWithoutResult(status -> {
            try {
                suites.record(new SuiteParser().parse("testcases/" + name + ".yaml", name, SUITE),
                        "testcases/" + name + ".yaml", List.of(promptId));
            } catch (InvalidFileException e) {
                throw new IllegalStateException(e);
            }
        });
        return suites.latest(name).orElseThrow();
    }
}
