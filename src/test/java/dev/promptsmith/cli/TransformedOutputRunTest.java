package dev.promptsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.run.store.RunStore;
import dev.promptsmith.run.store.StoredResult;
import dev.promptsmith.shared.Json;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.CliRun;
import dev.promptsmith.support.H2Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * As promptfoo reports it, a cell's output is the model's answer after the provider's {@code transform} and the
 * test's {@code options.transform}: the store, the reports and the command line show that text, and keep the
 * answer beside it. A check's own {@code transform} changes only what that check sees.
 */
class TransformedOutputRunTest {

    @TempDir
    Path temp;

    private CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(temp);
        cli.workspace();
    }

    @AfterEach
    void stop() {
        cli.close();
    }

    private String suite() {
        return """
                prompts: ['hi {{ n }}']
                providers:
                  - id: openai:chat:loud
                    transform: output.toUpperCase()
                    config: {apiBaseUrl: %1$s}
                  - id: openai:chat:plain
                    config: {apiBaseUrl: %1$s}
                outputPath: '%2$s'
                tests:
                  - vars: {n: ada}
                    options: {transform: "output + '!'"}
                    assert:
                      - type: equals
                        value: 'YOU SAID: HI ADA!'
                      - type: contains
                        value: 'you said'
                        transform: output.toLowerCase()
                """.formatted(cli.simulator().openAiBaseUrl(), temp.resolve("out.csv"));
    }

    @Test
    void theTransformedTextIsTheCellsOutputInTheStoreAndEveryReportAndTheAnswerIsKeptBesideIt() throws Exception {
        // given
        cli.workspace().write("testcases/transform.yaml", suite());
        Path json = temp.resolve("results.json");
        Path junit = temp.resolve("junit.xml");

        // when
        int exit = run("--json", json.toString(), "--junit", junit.toString());

        // then: the check's own transform (lower case) changed what it saw, not the output
        assertThat(exit).as(cli.printed()).isEqualTo(1);
        Map<String, Map<String, Object>> results = byModel(Json.readObject(Files.readString(json)));
        assertThat(results.get("openai:chat:loud")).containsEntry("output", "YOU SAID: HI ADA!")
                .containsEntry("answer", "You said: hi ada").containsEntry("pass", true);
        assertThat(results.get("openai:chat:plain")).containsEntry("output", "You said: hi ada!")
                .containsEntry("answer", "You said: hi ada").containsEntry("pass", false);
        assertThat(Files.readString(temp.resolve("out.csv"))).contains("YOU SAID: HI ADA!", "You said: hi ada!")
                .doesNotContain("You said: hi ada,");
        assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile())
                .getElementsByTagName("failure").item(0).getTextContent())
                .endsWith("Output:\nYou said: hi ada!\n\nModel's answer:\nYou said: hi ada");
        List<StoredResult> stored = storedResults();
        assertThat(stored).extracting(StoredResult::model, StoredResult::output, StoredResult::answer)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("openai:chat:loud", "YOU SAID: HI ADA!", "You said: hi ada"),
                        org.assertj.core.groups.Tuple.tuple("openai:chat:plain", "You said: hi ada!", "You said: hi ada"));
    }

    @Test
    void aCachedAnswerIsTransformedAgainFromTheAnswerNotFromTheOutput() throws Exception {
        // given: a first run fills the cache
        cli.workspace().write("testcases/transform.yaml", suite());
        run();
        cli.clearOutput();
        Path json = temp.resolve("again.json");

        // when
        run("--json", json.toString());

        // then: both cells come from the cache, each transformed once
        assertThat(cli.out()).contains("2 from the cache");
        Map<String, Map<String, Object>> results = byModel(Json.readObject(Files.readString(json)));
        assertThat(results.get("openai:chat:loud")).containsEntry("output", "YOU SAID: HI ADA!")
                .containsEntry("cached", true);
        assertThat(results.get("openai:chat:plain")).containsEntry("output", "You said: hi ada!");
    }

    @Test
    void withoutATransformTheOutputIsTheAnswerAndNoAnswerIsStoredBesideIt() throws Exception {
        // given
        cli.workspace().write("testcases/plain.yaml", """
                prompts: ['hi {{ n }}']
                providers:
                  - id: openai:chat:plain
                    config: {apiBaseUrl: %s}
                tests:
                  - vars: {n: ada}
                    assert:
                      - type: contains
                        value: ada
                        transform: output.toUpperCase()
                """.formatted(cli.simulator().openAiBaseUrl()));
        Path json = temp.resolve("results.json");

        // when
        int exit = execute("run", temp.resolve("testcases/plain.yaml").toString(), "--json", json.toString(),
                "--database", temp.resolve("data").toString());

        // then: the check's transform made "ADA" out of it, so the check failed, and the output is the answer
        assertThat(exit).as(cli.printed()).isEqualTo(1);
        Map<String, Object> result = byModel(Json.readObject(Files.readString(json))).get("openai:chat:plain");
        assertThat(result).containsEntry("output", "You said: hi ada").doesNotContainKey("answer");
        assertThat(storedResults()).singleElement().satisfies(r -> {
            assertThat(r.output()).isEqualTo("You said: hi ada");
            assertThat(r.answer()).isNull();
            assertThat(r.modelAnswer()).isEqualTo("You said: hi ada");
        });
    }

    @Test
    void theJsonOutcomeAndRatesAreOfTheAnswerTheModelSentWhileTheChecksSeeTheTransformedOutput() throws Exception {
        // given: the model wraps its JSON in a fence, the test's transform takes the fence off
        cli.simulator().reply(Reply.text("```json\n{\"name\": \"Ada\"}\n```"));
        cli.workspace().write("testcases/fenced.yaml", """
                prompts: ['Describe {{ n }} as JSON']
                providers:
                  - id: openai:chat:fencer
                    config: {apiBaseUrl: %s}
                tests:
                  - vars: {n: ada}
                    options:
                      transform: "output.replace(/```(json)?/g, '').trim()"
                    assert:
                      - type: is-json
                      - type: starts-with
                        value: '{'
                """.formatted(cli.simulator().openAiBaseUrl()));
        Path json = temp.resolve("results.json");

        // when
        int exit = execute("run", temp.resolve("testcases/fenced.yaml").toString(), "--json", json.toString(),
                "--database", temp.resolve("data").toString());

        // then: the checks passed on the bare JSON, and the model still counts as one that needed repair
        assertThat(exit).as(cli.printed()).isZero();
        Map<String, Object> report = Json.readObject(Files.readString(json));
        Map<String, Object> result = byModel(report).get("openai:chat:fencer");
        assertThat(result).containsEntry("output", "{\"name\": \"Ada\"}")
                .containsEntry("answer", "```json\n{\"name\": \"Ada\"}\n```");
        assertThat(result.get("json")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("outcome", "REPAIRED").containsEntry("counted", true);
        assertThat(cli.out()).contains("openai:chat:fencer: 0/1 cut off (0.0%), 1 repaired (100.0%)");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> byModel(Map<String, Object> report) {
        Map<String, Map<String, Object>> byModel = new java.util.HashMap<>();
        for (Map<String, Object> result : (List<Map<String, Object>>) report.get("results")) {
            byModel.put((String) result.get("model"), result);
        }
        return byModel;
    }

    /** Every stored result of the last run, with its output. */
    private List<StoredResult> storedResults() {
        H2Database database = new H2Database(temp.resolve("data"));
        try {
            RunStore store = new RunStore(database.jdbc(), Clock.systemUTC());
            long runId = database.jdbc().sql("select max(id) from run").query(Long.class).single();
            List<StoredResult> results = new ArrayList<>();
            for (StoredResult result : store.results(runId)) {
                results.add(store.result(result.id()).orElseThrow());
            }
            return results;
        } finally {
            database.shutdown();
        }
    }

    private int run(String... more) {
        return cli.run("testcases/transform.yaml", more);
    }

    private int execute(String... args) {
        return cli.execute(args);
    }
}
