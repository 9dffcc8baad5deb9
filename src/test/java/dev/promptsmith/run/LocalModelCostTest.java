package dev.promptsmith.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.ProviderKind;
import dev.promptsmith.run.store.RunSummary;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.suite.SuiteVersion;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shipped suite's cost check on a model the user runs themselves, on a hosted one without a price, and on a priced one. */
class LocalModelCostTest {

    @TempDir
    Path temp;

    private RunFixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aLocalModelCostsNothingAHostedOneWithoutAPriceIsAnErrorAndAPricedOneIsJudgedByItsPrice() {
        // given: Ollama on this machine, OpenAI's Responses API (a hosted service) under a name without a price, and
        // gpt-4o-mini at its list price ($0.15 and $0.60 per million tokens), all answered by the simulator
        fixture = new RunFixture(temp);
        SuiteVersion suite = fixture.suite(1, "    - type: cost\n      threshold: 0.0001\n");
        fixture.simulator.reply(Reply.text("Hello there").usage(1000, 500));
        ModelTarget ollama = new ModelTarget(null, "ollama", ProviderKind.OLLAMA, "llama3.2",
                fixture.simulator.ollamaBaseUrl(), null, Map.of());
        ModelTarget hosted = new ModelTarget(null, "hosted", ProviderKind.OPENAI_RESPONSES, "zz-unlisted",
                fixture.simulator.openAiBaseUrl(), null, Map.of());
        ModelTarget priced = new ModelTarget(null, "priced", ProviderKind.OPENAI, "gpt-4o-mini",
                fixture.simulator.openAiBaseUrl(), null, Map.of());
        RunEngine engine = fixture.engine();

        // when
        ActiveRun run = engine.start(engine.spec(suite, List.of(ollama, hosted, priced), RunSettings.defaults()
                .withCache(false)), "test", r -> { });
        List<CellResult> results = run.await();

        // then
        assertThat(result(results, "ollama")).satisfies(r -> {
            assertThat(r.error()).isNull();
            assertThat(r.passed()).isTrue();
            assertThat(r.costUsd()).isEqualByComparingTo(BigDecimal.ZERO);
        });
        assertThat(result(results, "hosted")).satisfies(r -> {
            assertThat(r.costUsd()).isNull();
            assertThat(r.error()).isEqualTo("cost: price unknown: hosted (openai:responses:zz-unlisted) is a "
                    + "hosted model without a price, so the cost of its answer is not known: set its price per "
                    + "million tokens on the Models screen, under Prices");
        });
        assertThat(result(results, "priced")).satisfies(r -> {
            assertThat(r.error()).isNull();
            assertThat(r.passed()).isFalse();
            assertThat(r.costUsd()).isEqualByComparingTo("0.00045");
        });
        // and the run's total counts the local answer as known and free, the hosted one as unknown
        RunSummary summary = fixture.store.summary(run.id()).orElseThrow();
        assertThat(summary.costUsd()).isEqualByComparingTo("0.00045");
        assertThat(summary.unpriced()).isEqualTo(1);
    }

    private static CellResult result(List<CellResult> results, String model) {
        return results.stream().filter(r -> r.cell().model().name().equals(model)).findFirst().orElseThrow();
    }
}
