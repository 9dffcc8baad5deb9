package dev.promptsmith.run;

import static dev.promptsmith.support.Workspace.prompt;

import dev.promptsmith.check.types.StandardChecks;
import dev.promptsmith.exchange.WorkspaceImporter;
import dev.promptsmith.model.ApiKeyResolver;
import dev.promptsmith.model.LangChainGateway;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.PriceTable;
import dev.promptsmith.model.ProviderKind;
import dev.promptsmith.prompt.PromptStore;
import dev.promptsmith.run.cache.CachedCalls;
import dev.promptsmith.run.cache.DatabaseCache;
import dev.promptsmith.run.store.RunStore;
import dev.promptsmith.simulator.LlmSimulator;
import dev.promptsmith.support.H2Database;
import dev.promptsmith.support.NoKeys;
import dev.promptsmith.support.Workspace;
import dev.promptsmith.suite.SuiteStore;
import dev.promptsmith.suite.SuiteVersion;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A run engine over a real H2 file and a real HTTP simulator, with a suite of {@code cases}
 * greeting cases imported from a workspace folder: the parts the app and the command line use.
 */
final class RunFixture implements AutoCloseable {

    final LlmSimulator simulator = LlmSimulator.start();
    H2Database database;
    RunStore store;
    /** The prices on the fixture's database, as the Models screen sets them. */
    PriceTable prices;
    DatabaseCache cache;
    PromptStore prompts;
    SuiteStore suites;
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    final ModelTarget model;
    private final Path folder;

    RunFixture(Path folder) {
        this.folder = folder;
        model = new ModelTarget(null, "sim", ProviderKind.OPENAI, "m", simulator.openAiBaseUrl(), null, Map.of());
        reopen();
    }

    /** Opens the database folder (again), as a restarted app does. */
    void reopen() {
        database = new H2Database(folder.resolve("data"));
        prices = PriceTable.stored(database.jdbc(), Clock.systemUTC());
        store = new RunStore(database.jdbc(), Clock.systemUTC(), prices);
        cache = new DatabaseCache(database.jdbc(), Clock.systemUTC());
        prompts = new PromptStore(database.jdbc(), Clock.systemUTC());
        suites = new SuiteStore(database.jdbc(), Clock.systemUTC());
    }

    /** A suite "greet" whose case i greets "person i" and passes when the answer contains "Hello". */
    SuiteVersion suite(int cases) {
        return suite(cases, "");
    }

    /** The same suite with more of {@code defaultTest} (YAML lines indented by two), e.g. its options. */
    SuiteVersion suite(int cases, String moreDefaultTest) {
        String tests = IntStream.range(0, cases)
                .mapToObj(i -> "  - description: case " + i + "\n    vars: {person: person " + i + "}\n")
                .collect(Collectors.joining());
        new Workspace(folder)
                .write("prompts/greet.prompty", prompt("Greeter", "Greet {{ person }}."))
                .write("testcases/greet.yaml", """
                        prompts: [file://prompts/greet.prompty]
                        defaultTest:
                          assert:
                            - type: contains
                              value: Hello
                        """ + moreDefaultTest + "tests:\n" + tests);
        new WorkspaceImporter(prompts, suites, database.transactions()).importWorkspace(folder);
        return suites.latest("greet").orElseThrow();
    }

    RunEngine engine() {
        return engine(Duration.ofSeconds(5));
    }

    RunEngine engine(Duration httpTimeout) {
        return engine(new NoKeys(), httpTimeout);
    }

    RunEngine engine(ApiKeyResolver keys, Duration httpTimeout) {
        LangChainGateway gateway = new LangChainGateway(keys, prices, httpTimeout);
        SuiteExecutor executor = new SuiteExecutor(gateway, StandardChecks.engine(gateway, null, null), waits::add,
                new CachedCalls(cache), prices);
        return new RunEngine(store, database.transactions(), executor, prompts, suites);
    }

    int count(String table) {
        return database.count(table);
    }

    @Override
    public void close() {
        simulator.close();
        database.shutdown();
    }
}
