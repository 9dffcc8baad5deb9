package dev.promptsmith.cli;

import static dev.promptsmith.support.Workspace.prompt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.simulator.LlmSimulator;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import dev.promptsmith.model.PriceTable;
import dev.promptsmith.run.store.RunStatus;
import dev.promptsmith.run.store.RunStore;
import dev.promptsmith.support.H2Database;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import picocli.CommandLine;

class RunCommandTest {

    @TempDir
    Path temp;

    private final LlmSimulator simulator = LlmSimulator.start();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Workspace workspace;

    @BeforeEach
    void setUp() {
        workspace = new Workspace(temp).write("prompts/greet.prompty", prompt("Greeter", "Greet {{ person }}."));
        simulator.replyFor("polite", Reply.text("Hello Ada, nice to meet you."));
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    private String suite(String assertion) {
        return """
                description: Greeting
                prompts: [file://prompts/greet.prompty]
                providers:
                  - id: openai:chat:polite
                    config:
                      apiBaseUrl: %s
                defaultTest:
                  assert:
                    - type: not-truncated
                tests:
                  - description: greets by name
                    vars: {person: Ada}
                    assert:
                      - type: icontains
                        value: ada
                  - description: second case
                    vars: {person: Ada L.}
                    assert:
                      - %s
                """.formatted(simulator.openAiBaseUrl(), assertion);
    }

    @Test
    void aPassingSuiteExitsZeroAndWritesJunitXmlAndJson() throws Exception {
        // given
        workspace.write("testcases/greet.yaml", suite("type: contains\n        value: meet"));
        Path junit = temp.resolve("junit.xml");
        Path json = temp.resolve("results.json");

        // when
        int exit = run("run", temp.resolve("testcases/greet.yaml").toString(), "--repeat", "2", "-j", "3",
                "--junit", junit.toString(), "--json", json.toString());

        // then
        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("2 tests x 1 models x 2 repeats = 4 cells").contains("4/4 passed").contains("PASSED");
        assertThat(simulator.callCount()).isEqualTo(4);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("4");
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("0");
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(4);
        assertThat(Files.readString(json)).contains("\"passRate\": 1.0").contains("Hello Ada");
    }

    @Test
    void aFailingCheckExitsOneUnlessThePassRateIsEnough() throws Exception {
        workspace.write("testcases/greet.yaml", suite("type: contains\n        value: goodbye"));
        Path junit = temp.resolve("junit.xml");

        int strict = run("run", temp.resolve("testcases/greet.yaml").toString(), "--junit", junit.toString());
        int lenient = run("run", temp.resolve("testcases/greet.yaml").toString(), "--fail-under", "0.5");

        assertThat(strict).isEqualTo(1);
        assertThat(lenient).isZero();
        assertThat(run("run", temp.resolve("testcases/greet.yaml").toString(), "--fail-under", "50"))
                .as("a percentage where a rate is meant").isEqualTo(2);
        assertThat(err.toString()).contains("run: --fail-under: the pass rate to reach must be between 0 and 1, not 50.0");
        assertThat(out.toString()).contains("FAIL second case [openai:chat:polite]: Expected output to contain \"goodbye\"");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("1");
        assertThat(xml.getElementsByTagName("failure").item(0).getAttributes().getNamedItem("message").getNodeValue())
                .isEqualTo("Expected output to contain \"goodbye\", but it did not");
    }

    @Test
    void aModelErrorIsAnErrorInTheReportNotACrash() throws Exception {
        simulator.replyFor("polite", Reply.error(500, "overloaded"));
        workspace.write("testcases/greet.yaml", suite("type: contains\n        value: meet"));
        Path junit = temp.resolve("junit.xml");

        int exit = run("run", temp.resolve("testcases/greet.yaml").toString(), "--junit", junit.toString());

        assertThat(exit).isEqualTo(1);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        assertThat(xml.getDocumentElement().getAttribute("errors")).isEqualTo("2");
        assertThat(out.toString()).contains("server error (HTTP 500): overloaded");
    }

    @Test
    void aRetryAfterBeyondTheLimitFailsTheCellsAtOnceAndTheReportIsWritten() throws Exception {
        // given: a provider that answers 429 with Retry-After: 999999
        simulator.replyFor("polite", Reply.error(429, "Rate limit reached").retryAfter(Duration.ofSeconds(999_999)));
        workspace.write("testcases/greet.yaml", suite("type: contains\n        value: meet"));
        Path junit = temp.resolve("junit.xml");
        long start = System.nanoTime();

        // when
        int exit = run("run", temp.resolve("testcases/greet.yaml").toString(), "--junit", junit.toString());

        // then: well within the limit of 60 s, no retry, and the report names the wait and the limit
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(exit).isEqualTo(1);
        assertThat(simulator.callCount()).isEqualTo(2);
        assertThat(out.toString())
                .contains("the provider asked to wait 999999 s (11.6 days), longer than the limit of 60 s")
                .contains("RATE LIMITED: 2 cells failed at once: the provider asked to wait up to 999999 s, longer "
                        + "than --max-retry-after (60 s)");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        assertThat(xml.getDocumentElement().getAttribute("errors")).isEqualTo("2");
        assertThat(Files.readString(junit)).contains("--max-retry-after");
    }

    @Test
    void theDeadlineStopsTheRunAndTheReportsListWhatFinished() throws Exception {
        // given: the second case never gets an answer
        simulator.replyFor("polite", Reply.fromRequest(request -> request.userText().contains("Ada L.")
                ? Reply.hang(Duration.ofSeconds(60)) : Reply.text("Hello Ada, nice to meet you.")));
        workspace.write("testcases/greet.yaml", suite("type: contains\n        value: meet"));
        Path junit = temp.resolve("junit.xml");
        Path json = temp.resolve("results.json");
        long start = System.nanoTime();

        // when
        int exit = run("run", temp.resolve("testcases/greet.yaml").toString(), "--deadline", "3s", "--junit",
                junit.toString(), "--json", json.toString());

        // then
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("STOPPED: stopped at the run's deadline of 3 s; 1 of 2 cells finished, "
                + "the reports list those");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("1");
        assertThat(Files.readString(json)).contains("greets by name").doesNotContain("second case");
        H2Database database = new H2Database(temp.resolve("data"));
        long runId = database.jdbc().sql("select max(id) from run").query(Long.class).single();
        assertThat(new RunStore(database.jdbc(), Clock.systemUTC()).summary(runId).orElseThrow().status())
                .isEqualTo(RunStatus.CANCELLED);
        assertThat(new RunStore(database.jdbc(), Clock.systemUTC()).stopReason(runId))
                .contains("stopped at the run's deadline of 3 s");
        database.shutdown();
    }

    @Test
    void aRunIsPricedWithThePricesTheAppStoredForAModelWithoutADefaultOne() throws Exception {
        // given: a price for "polite", set on the Models screen of the app that uses this data folder
        H2Database database = new H2Database(temp.resolve("data"));
        PriceTable.stored(database.jdbc(), Clock.systemUTC())
                .set("polite", new PriceTable.Price(new BigDecimal("2"), new BigDecimal("4")));
        database.shutdown();
        simulator.replyFor("polite", Reply.text("Hello Ada, nice to meet you.").usage(1000, 500));
        workspace.write("testcases/greet.yaml", suite("type: contains\n        value: meet"));
        Path json = temp.resolve("results.json");

        // when
        int exit = run("run", temp.resolve("testcases/greet.yaml").toString(), "--json", json.toString());

        // then: 1000 tokens in at $2 and 500 out at $4 per million, for each of the two cells
        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("cost $0.008,");
        assertThat(Files.readString(json)).contains("\"costUsd\": 0.008");
    }

    @Test
    void aRunOverSeveralModelsEndsWithTheCheapestThatIsNotSignificantlyWorse() throws Exception {
        // given: two priced models that answer alike, one sixteen times dearer
        simulator.replyFor("gpt-4o-mini-polite", Reply.text("Hello Ada, nice to meet you.").usage(1000, 500));
        simulator.replyFor("gpt-4o-polite", Reply.text("Hello Ada, nice to meet you.").usage(1000, 500));
        workspace.write("testcases/greet.yaml", suite("type: contains\n        value: meet")
                .replace("  - id: openai:chat:polite\n", "  - id: openai:chat:gpt-4o-polite\n    config:\n      apiBaseUrl: "
                        + simulator.openAiBaseUrl() + "\n  - id: openai:chat:gpt-4o-mini-polite\n"));

        // when
        int exit = run("run", temp.resolve("testcases/greet.yaml").toString());

        // then
        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString()).containsPattern("MODELS: use openai:chat:gpt-4o-mini-polite\\. "
                + "openai:chat:gpt-4o-mini-polite has the best pass rate, 100\\.0% \\(2/2\\) at \\$0\\.0009; no model is "
                + "cheaper\\. \\(browser: /runs/\\d+/sweep\\)");
    }

    @Test
    void aDeadlineThatIsNotADurationIsRefusedSayingHowToWriteOne() {
        workspace.write("testcases/greet.yaml", suite("type: contains\n        value: meet"));

        int exit = run("run", temp.resolve("testcases/greet.yaml").toString(), "--deadline", "soon");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("'soon' is not a duration; write e.g. 90 or 90s (seconds), 30m (minutes) "
                + "or 2h (hours)");
        assertThat(simulator.callCount()).isZero();
    }

    @Test
    void aSuiteThatCannotRunExitsTwoSayingWhy() {
        workspace.write("testcases/greet.yaml", suite("type: contians\n        value: meet"));
        workspace.write("testcases/nowhere.yaml", suite("type: contains\n        value: x")
                .replace("prompts/greet.prompty", "prompts/missing.prompty"));
        workspace.write("testcases/badprovider.yaml", suite("type: contains\n        value: x")
                .replace("openai:chat:polite", "bedrock:claude"));

        assertThat(run("run", temp.resolve("testcases/greet.yaml").toString())).isEqualTo(2);
        assertThat(run("run", temp.resolve("testcases/nowhere.yaml").toString())).isEqualTo(2);
        assertThat(run("run", temp.resolve("testcases/badprovider.yaml").toString())).isEqualTo(2);
        assertThat(run("run", temp.resolve("testcases/absent.yaml").toString())).isEqualTo(2);

        assertThat(err.toString())
                .contains("unknown check type 'contians' (did you mean 'contains'?)")
                .contains("prompt 'missing' is not in")
                .contains("provider 'bedrock:claude' is not supported")
                .contains("absent.yaml is not a file");
        assertThat(simulator.callCount()).isZero();
    }

    @Test
    void aPromptfooCheckPromptsmithDoesNotRunIsRefusedAtItsTestsLineWithWhy() {
        workspace.write("testcases/greet.yaml", suite("type: assert-set\n        assert:\n          - type: ruby"));

        assertThat(run("run", temp.resolve("testcases/greet.yaml").toString())).isEqualTo(2);

        assertThat(err.toString()).contains("greet.yaml:21: 'ruby' runs Ruby code, which Promptsmith does not do "
                + "(JavaScript and Python it does), so Promptsmith does not run this promptfoo check");
        assertThat(simulator.callCount()).isZero();
    }

    @Test
    void aCheckValueIsFilledWithTheTestsVariables() {
        workspace.write("testcases/greet.yaml", suite("type: icontains\n        value: \"{{ person | replace(' L.', '') }}\""));

        assertThat(run("run", temp.resolve("testcases/greet.yaml").toString())).as(out + "\n" + err).isZero();
    }

    @Test
    void namedAndDerivedMetricsAreReportedPerPromptAndModel() throws Exception {
        // given: both tests score "polite" (1 and 0) and the second also "named" (1)
        workspace.write("testcases/greet.yaml", suite("type: contains\n        value: nice\n        metric: named")
                .replace("      - type: icontains\n        value: ada", "      - type: icontains\n        value: ada\n"
                        + "        metric: polite")
                .replace("    vars: {person: Ada L.}\n    assert:", "    vars: {person: Ada L.}\n    assert:\n"
                        + "      - type: contains\n        value: goodbye\n        metric: polite")
                + "derivedMetrics:\n  - name: politeness\n    value: polite / __count\n");
        Path json = temp.resolve("results.json");

        // when
        run("run", temp.resolve("testcases/greet.yaml").toString(), "--json", json.toString());

        // then
        assertThat(out.toString()).contains("metrics of greet on openai:chat:polite: polite 0.50 (2), named 1.00 (1), "
                + "politeness 0.5000");
        assertThat(Files.readString(json)).contains("\"namedScores\": {\n      \"polite\": 1.0,\n      \"named\": 1.0")
                .contains("\"derived\": {\n      \"politeness\": 0.5");
    }

    @Test
    void theSummaryLinesAndReportsNameEachPromptByItsLabelNotTheKeyItIsStoredUnder() throws Exception {
        // given: two inline prompts with labels (stored as greet-1 and greet-2), each scoring a metric
        workspace.write("testcases/greet.yaml", """
                prompts:
                  - {raw: 'Greet {{ person }} warmly.', label: Warm welcome}
                  - {raw: 'Greet {{ person }} briefly.', label: Short hello}
                providers:
                  - id: openai:chat:polite
                    config: {apiBaseUrl: %s}
                tests:
                  - vars: {person: Ada}
                    assert:
                      - type: icontains
                        value: ada
                        metric: named
                """.formatted(simulator.openAiBaseUrl()));
        Path junit = temp.resolve("junit.xml");
        Path json = temp.resolve("results.json");

        // when
        int exit = run("run", temp.resolve("testcases/greet.yaml").toString(), "--junit", junit.toString(), "--json",
                json.toString());

        // then
        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("  Warm welcome on openai:chat:polite: 1/1 passed")
                .contains("  Short hello on openai:chat:polite: 1/1 passed")
                .contains("  metrics of Warm welcome on openai:chat:polite: named 1.00 (1)")
                .doesNotContain("greet-1 on").doesNotContain("greet-2 on");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        List<String> classes = new java.util.ArrayList<>();
        for (int i = 0; i < xml.getElementsByTagName("testcase").getLength(); i++) {
            classes.add(((org.w3c.dom.Element) xml.getElementsByTagName("testcase").item(i)).getAttribute("classname"));
        }
        assertThat(classes).containsExactlyInAnyOrder("greet.Warm welcome", "greet.Short hello");
        List<Object> models = dev.promptsmith.shared.Json.readObject(Files.readString(json)).get("models") instanceof
                List<?> list ? List.copyOf(list) : List.of();
        assertThat(models).extracting(m -> ((Map<?, ?>) m).get("prompt") + " = " + ((Map<?, ?>) m).get("promptLabel"))
                .containsExactlyInAnyOrder("greet-1 = Warm welcome", "greet-2 = Short hello");
    }

    @Test
    void aSuiteThatNamesAVariableThatHoldsNoApiKeyIsRefusedBeforeAnyCall() {
        // given: a provider that asks for the value of a variable that is no API key (a CI secret, say)
        workspace.write("testcases/greet.yaml", suite("type: contains\n        value: Greet")
                .replace("      apiBaseUrl:", "      apiKeyEnvar: AWS_SECRET_ACCESS_KEY\n      apiBaseUrl:"));

        // when
        int exit = run("run", temp.resolve("testcases/greet.yaml").toString());

        // then
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).containsPattern("greet\\.yaml:\\d+: provider 'openai:chat:polite': apiKeyEnvar "
                + "'AWS_SECRET_ACCESS_KEY' is not read: only variables whose names end in _API_KEY or _TOKEN");
        assertThat(simulator.callCount()).isZero();
    }

    @Test
    void theDataFolderARunCreatesIsReadableByItsOwnerOnly() throws Exception {
        // given
        workspace.write("testcases/greet.yaml", suite("type: contains\n        value: Greet"));
        Path data = temp.resolve("private-data");

        // when
        runIn(data, "run", temp.resolve("testcases/greet.yaml").toString(), "--model", "echo");

        // then: the folder is its owner's (files the database adds later are inside it), the database file too
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
                .isEqualTo("rwx------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(data.resolve("promptsmith.mv.db")))).isEqualTo("rw-------");
    }

    @Test
    void aSuiteWithoutTestsRunsEachPromptOnceAndOneWithOnlyScenariosRunsTheScenarios() {
        // given
        workspace.write("testcases/bare.yaml", """
                prompts: [file://prompts/greet.prompty]
                providers: [echo]
                defaultTest:
                  vars: {person: Ada}
                  assert:
                    - type: contains
                      value: Ada
                """);
        workspace.write("testcases/scenarios.yaml", """
                prompts: [file://prompts/greet.prompty]
                providers: [echo]
                scenarios:
                  - config: [{vars: {person: Ada}}, {vars: {person: Bob}}]
                    tests: [{assert: [{type: contains, value: Ada}]}]
                """);

        // when
        int bare = run("run", temp.resolve("testcases/bare.yaml").toString());
        String bareOut = out.toString();
        int scenarios = run("run", temp.resolve("testcases/scenarios.yaml").toString());

        // then: one cell, as promptfoo runs it, never "0 cells PASSED"; each scenario config with each of its tests
        assertThat(bare).as(bareOut + err).isZero();
        assertThat(bareOut).contains("= 1 cells").contains("PASSED");
        assertThat(scenarios).as(out.toString() + err).isEqualTo(1);
        assertThat(out.toString()).contains("= 2 cells").contains("1/2 passed");
    }

    @Test
    void theModelCanBeChosenOnTheCommandLine() {
        workspace.write("testcases/greet.yaml", suite("type: contains\n        value: Greet"));

        int exit = run("run", temp.resolve("testcases/greet.yaml").toString(), "--model", "echo");

        assertThat(exit).as(out.toString()).isZero();
        assertThat(simulator.callCount()).isZero();
    }

    @Test
    void providersFromAFileReplaceTheSuitesAndSendTheirOptionsAsPromptfooDoes() throws Exception {
        // given: a providers file, as promptfoo's -r FILE, with options and a model of its own
        workspace.write("testcases/greet.yaml", suite("type: contains\n        value: meet"));
        simulator.replyFor("curt", Reply.text("Hi Ada, nice to meet you."));
        workspace.write("providers.yaml", """
                - id: openai:chat:curt
                  config:
                    apiBaseUrl: %s
                    presence_penalty: 0.5
                    response_format: {type: json_object}
                """.formatted(simulator.openAiBaseUrl()));

        // when
        int exit = run("run", temp.resolve("testcases/greet.yaml").toString(), "--providers",
                temp.resolve("providers.yaml").toString());

        // then: only the file's provider was called, with its options and promptfoo's defaults
        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(simulator.requests()).hasSize(2).allSatisfy(request -> {
            assertThat(request.model()).isEqualTo("curt");
            Map<String, Object> body = dev.promptsmith.shared.Json.readObject(request.body());
            assertThat(body).containsEntry("presence_penalty", 0.5)
                    .containsEntry("response_format", Map.of("type", "json_object"))
                    .containsEntry("max_tokens", 1024).containsEntry("temperature", 0.0);
        });
    }

    @Test
    void aProviderIdWithABaseUrlReplacesTheSuitesAndAnOptionPromptfooWouldNotSendIsRefusedAtItsLine() {
        workspace.write("testcases/greet.yaml", suite("type: contains\n        value: meet"));
        simulator.replyFor("curt", Reply.text("Hi Ada, nice to meet you."));
        workspace.write("bad-providers.yaml", """
                - id: openai:chat:curt
                  config:
                    top_k: 3
                """);
        String file = temp.resolve("testcases/greet.yaml").toString();

        int byId = run("run", file, "-r", "openai:chat:curt", "--provider-base-url", simulator.openAiBaseUrl());
        int calls = simulator.callCount();
        int refused = run("run", file, "--providers", temp.resolve("bad-providers.yaml").toString());
        int urlAlone = run("run", file, "--provider-base-url", simulator.openAiBaseUrl());

        assertThat(byId).as(out + "\n" + err).isZero();
        assertThat(calls).isEqualTo(2);
        assertThat(simulator.requests()).extracting(r -> r.model()).containsOnly("curt");
        assertThat(refused).isEqualTo(2);
        assertThat(err.toString()).contains("bad-providers.yaml:3: provider 'openai:chat:curt': 'top_k' is not an "
                + "option promptfoo's openai:chat provider sends");
        assertThat(urlAlone).isEqualTo(2);
        assertThat(err.toString()).contains("--provider-base-url is the base URL of providers given by id");
        assertThat(simulator.callCount()).isEqualTo(2);
    }

    @Test
    void aSecondRunAnswersFromTheCacheUnlessToldNotTo() {
        workspace.write("testcases/greet.yaml", suite("type: contains\n        value: meet"));
        String file = temp.resolve("testcases/greet.yaml").toString();

        int first = run("run", file);
        int second = run("run", file);
        int callsAfterSecond = simulator.callCount();
        int third = run("run", file, "--no-cache");

        assertThat(first).isZero();
        assertThat(second).isZero();
        assertThat(callsAfterSecond).isEqualTo(2);
        assertThat(third).isZero();
        assertThat(simulator.callCount()).isEqualTo(4);
        assertThat(out.toString()).contains("2 from the cache");
    }

    @Test
    void aRegressionAgainstTheBaselineIsListedAndOnlyASignificantOneFailsTheBuild() throws Exception {
        // given: a baseline where both cases pass every repeat
        workspace.write("testcases/greet.yaml", suite("type: contains\n        value: meet"));
        String file = temp.resolve("testcases/greet.yaml").toString();
        Path baselineJson = temp.resolve("baseline.json");
        assertThat(run("run", file, "--repeat", "4", "--save-baseline", "--json", baselineJson.toString())).isZero();
        String runId = out.toString().replaceAll("(?s).*Run (\\d+) is now the baseline.*", "$1");

        // when: the model changes its answer, and the suite is run against the baseline
        simulator.replyFor("polite", Reply.text("Hello Ada."));
        int lenient = run("run", file, "--repeat", "4", "--no-cache", "--fail-under", "0", "--baseline", runId);
        int fromFile = run("run", file, "--repeat", "4", "--no-cache", "--fail-under", "0", "--baseline", baselineJson.toString());
        int oneFlakySample = run("run", file, "--repeat", "1", "--no-cache", "--fail-under", "0",
                "--baseline", runId);

        // then
        assertThat(lenient).isEqualTo(1);
        assertThat(fromFile).isEqualTo(1);
        assertThat(out.toString())
                .contains("REGRESSION second case [openai:chat:polite]: 4/4 -> 0/4 passed (significant (p = 0.03, "
                        + "Fisher's exact test))")
                .contains("FAILED: significant regressions against the baseline");
        assertThat(oneFlakySample).as("one sample out of one is not significant").isZero();
        assertThat(out.toString()).contains("REGRESSION second case [openai:chat:polite]: 4/4 -> 0/1 passed (could be "
                + "chance (p = 0.20, Fisher's exact test))");
    }

    @Test
    void aBaselineThatDoesNotExistIsAConfigurationError() {
        workspace.write("testcases/greet.yaml", suite("type: contains\n        value: meet"));

        int exit = run("run", temp.resolve("testcases/greet.yaml").toString(), "--baseline", "4711");
        int file = run("run", temp.resolve("testcases/greet.yaml").toString(), "--baseline", "nowhere.json");

        assertThat(exit).isEqualTo(2);
        assertThat(file).isEqualTo(2);
        assertThat(err.toString()).contains("there is no run 4711").contains("nowhere.json is neither a run id nor a file");
        assertThat(simulator.callCount()).isZero();
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsAConfigurationErrorAndTheSuitesOwnProblemsComeFirst() throws Exception {
        // given: a "data folder" under a plain file, which no database can be created in
        workspace.write("testcases/greet.yaml", suite("type: contains\n        value: meet"));
        workspace.write("testcases/broken.yaml", suite("type: contians\n        value: meet"));
        Path blocked = temp.resolve("not-a-folder");
        java.nio.file.Files.writeString(blocked, "a file");

        // when
        int good = runIn(blocked.resolve("data"), "run", temp.resolve("testcases/greet.yaml").toString());
        String goodErr = err.toString();
        err.getBuffer().setLength(0);
        int broken = runIn(blocked.resolve("data"), "run", temp.resolve("testcases/broken.yaml").toString());

        // then
        assertThat(good).isEqualTo(2);
        assertThat(goodErr).contains("run: the database in " + blocked.resolve("data") + " cannot be opened");
        assertThat(broken).isEqualTo(2);
        assertThat(err.toString()).contains("unknown check type 'contians'").doesNotContain("database");
        assertThat(simulator.callCount()).isZero();
    }

    private int run(String... args) {
        return args[0].equals("run") ? runIn(temp.resolve("data"), args) : execute(args);
    }

    private int runIn(Path database, String... args) {
        String[] withDatabase = java.util.Arrays.copyOf(args, args.length + 2);
        withDatabase[args.length] = "--database";
        withDatabase[args.length + 1] = database.toString();
        return execute(withDatabase);
    }

    private int execute(String... args) {
        return new CommandLine(new PromptsmithCli())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }
}
