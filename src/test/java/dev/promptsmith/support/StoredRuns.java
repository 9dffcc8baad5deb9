package dev.promptsmith.support;

import dev.promptsmith.check.CaseVerdict;
import dev.promptsmith.check.CheckResult;
import dev.promptsmith.model.FinishReason;
import dev.promptsmith.model.ModelResponse;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.ProviderKind;
import dev.promptsmith.model.RawExchange;
import dev.promptsmith.prompt.PromptCatalog;
import dev.promptsmith.prompt.PromptStore;
import dev.promptsmith.prompt.PromptyParser;
import dev.promptsmith.run.Cell;
import dev.promptsmith.run.CellResult;
import dev.promptsmith.run.RunEngine;
import dev.promptsmith.run.RunPlan;
import dev.promptsmith.run.RunSettings;
import dev.promptsmith.run.RunSpec;
import dev.promptsmith.run.store.ResultRow;
import dev.promptsmith.run.store.RunStatus;
import dev.promptsmith.run.store.RunStore;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.suite.SuiteParser;
import dev.promptsmith.suite.SuiteStore;
import dev.promptsmith.suite.SuiteVersion;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finished runs written straight into the store, without calling a model: a generated suite of
 * many test cases on a prompt of its own (so the example prompts' test cases stay as they are),
 * and a result for every cell. Which cells
 * pass is fixed by the test case's position: see {@link #outcome}.
 */
public final class StoredRuns {

    /** The prompt every generated suite tests. */
    public static final String PROMPT = "generated-prompt";

    private final PromptCatalog prompts;
    private final SuiteStore suites;
    private final RunEngine engine;
    private final TransactionTemplate transactions;

    private final PromptStore promptStore;

    /** With the application's own stores and run engine. */
    public StoredRuns(org.springframework.context.ApplicationContext app) {
        this(app.getBean(PromptCatalog.class), app.getBean(PromptStore.class), app.getBean(SuiteStore.class),
                app.getBean(RunEngine.class), app.getBean(TransactionTemplate.class));
    }

    public StoredRuns(PromptCatalog prompts, PromptStore promptStore, SuiteStore suites, RunEngine engine,
                      TransactionTemplate transactions) {
        this.prompts = prompts;
        this.promptStore = promptStore;
        this.suites = suites;
        this.engine = engine;
        this.transactions = transactions;
    }

    /** How a cell ends, by its test case's position and repeat. */
    public enum Outcome { PASS, FAIL, FLAKY_FAIL, ERROR }

    /** Position % 10: 3 fails every repeat, 5 fails its first repeat only (flaky), 7 is an error; the rest pass. */
    public static Outcome outcome(int position, int repeat) {
        return switch (position % 10) {
            case 3 -> Outcome.FAIL;
            case 5 -> repeat == 0 ? Outcome.FLAKY_FAIL : Outcome.PASS;
            case 7 -> Outcome.ERROR;
            default -> Outcome.PASS;
        };
    }

    /** A suite of {@code tests} generated cases; stored once per name. */
    public SuiteVersion suite(String name, int tests) {
        StringBuilder yaml = new StringBuilder("description: Generated suite of " + tests + " cases\n"
                + "prompts: [" + PROMPT + "]\ntests:\n");
        for (int i = 0; i < tests; i++) {
            yaml.append("  - description: generated case ").append(i + 1).append('\n')
                    .append("    vars: {subject: \"Subject ").append(i + 1).append("\", body: \"Body\"}\n")
                    .append("    assert:\n      - type: contains\n        value: billing\n");
        }
        transactions.executeWithoutResult(status -> {
            try {
                promptStore.record(new PromptyParser().parse("prompts/" + PROMPT + ".prompty", PROMPT,
                        "---\nname: Generated\n---\nuser:\nClassify the ticket {{ subject }}: {{ body }}\n"),
                        "prompts/" + PROMPT + ".prompty", "generated");
            } catch (InvalidFileException e) {
                throw new IllegalStateException(e);
            }
        });
        long promptId = prompts.find(PROMPT).orElseThrow().id();
        transactions.executeWithoutResult(status -> {
            try {
                suites.record(new SuiteParser().parse("testcases/" + name + ".yaml", name, yaml.toString()),
                        "testcases/" + name + ".yaml", List.of(promptId));
            } catch (InvalidFileException e) {
                throw new IllegalStateException(e);
            }
        });
        return suites.latest(name).orElseThrow();
    }

    /** A finished run of the suite on models {@code m1..mN} with a result for every cell; returns its id. */
    public long finishedRun(SuiteVersion suite, int models, int repeats) {
        List<ModelTarget> targets = IntStream.rangeClosed(1, models)
                .mapToObj(i -> new ModelTarget(null, "m" + i, ProviderKind.OPENAI, "m" + i, "http://127.0.0.1:9/v1",
                        null, Map.of()))
                .toList();
        RunSpec spec = engine.spec(suite, targets, RunSettings.defaults().withRepeats(repeats));
        RunStore store = engine.store();
        long runId = transactions.execute(status -> store.create(spec.newRun("browser", "generated@nowhere")));
        List<ResultRow> batch = new ArrayList<>();
        for (Cell cell : RunPlan.cells(spec)) {
            batch.add(result(cell).row());
            if (batch.size() == 1000) {
                List<ResultRow> toStore = List.copyOf(batch);
                transactions.executeWithoutResult(status -> store.save(runId, toStore));
                batch.clear();
            }
        }
        List<ResultRow> rest = List.copyOf(batch);
        transactions.executeWithoutResult(status -> store.save(runId, rest));
        store.finish(runId, RunStatus.FINISHED);
        return runId;
    }

    private static CellResult result(Cell cell) {
        Outcome outcome = outcome(cell.test().position(), cell.repeat());
        if (outcome == Outcome.ERROR) {
            return CellResult.failed(cell, "server error (HTTP 500): model overloaded", null, 3, "0".repeat(64));
        }
        boolean pass = outcome == Outcome.PASS;
        String text = pass ? "{\"category\": \"billing\"}" : "{\"category\": \"bug\"}";
        ModelResponse response = new ModelResponse(text, FinishReason.STOP, 40, 8, false,
                Duration.ofMillis(100 + cell.test().position() % 50), null, new BigDecimal("0.0001"), "r",
                new RawExchange("POST /v1/chat/completions " + cell.model().modelName(), "HTTP 200 " + text));
        CheckResult check = new CheckResult("contains", null, 1, pass, pass ? 1 : 0,
                pass ? "Output contains \"billing\"" : "Expected output to contain \"billing\" but it did not");
        return new CellResult(cell, response, new CaseVerdict(pass, pass ? 1 : 0, List.of(check)), null, null, 1,
                false, "0".repeat(64));
    }
}
