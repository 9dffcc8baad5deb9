package dev.promptsmith.cli;

import static dev.promptsmith.support.Workspace.prompt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.shared.Json;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.CliRun;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.w3c.dom.Document;

/** promptfoo's {@code outputPath}: {@code run} writes the results there in the format of each extension. */
class OutputPathRunTest {

    private static final String ANSWER = "Hello Ada <script>alert('hi')</script> & welcome";

    @TempDir
    Path temp;

    private CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(temp);
        cli.workspace().write("prompts/greet.prompty", prompt("Greeter", "Greet {{ person }}."));
        cli.simulator().replyFor("polite", Reply.text(ANSWER));
    }

    @AfterEach
    void stop() {
        cli.close();
    }

    private String suite(String outputPath) {
        return """
                prompts: [file://prompts/greet.prompty]
                providers:
                  - id: openai:chat:polite
                    config:
                      apiBaseUrl: %s
                outputPath: %s
                tests:
                  - description: greets by name
                    vars: {person: Ada}
                    assert:
                      - type: icontains
                        value: ada
                  - description: says goodbye
                    vars: {person: "Ada, \\"the first\\""}
                    assert:
                      - type: contains
                        value: goodbye
                """.formatted(cli.simulator().openAiBaseUrl(), outputPath);
    }

    @Test
    void theResultsAreWrittenInTheFormatOfEachExtensionIntoFoldersItCreates() throws Exception {
        // given: files in a folder that does not exist yet
        Path folder = temp.resolve("results/latest");
        List<String> names = List.of("out.json", "out.csv", "out.html", "out.yaml", "out.jsonl", "out.xml");
        cli.workspace().write("testcases/greet.yaml", suite(names.stream().map(n -> "'" + folder.resolve(n) + "'").toList()
                .toString()));

        // when
        int exit = run(temp.resolve("testcases/greet.yaml"));

        // then: one cell passes, one fails, and every file holds both
        assertThat(exit).as(cli.printed()).isEqualTo(1);
        assertThat(cli.err()).doesNotContain("outputPath").doesNotContain("warning");
        Map<String, Object> json = Json.readObject(Files.readString(folder.resolve("out.json")));
        assertThat(json).containsEntry("cells", 2).containsEntry("passed", 1).containsKeys("models", "cases", "metrics");
        List<Map<String, Object>> results = results(json);
        assertThat(results).extracting(r -> r.get("description")).containsExactly("greets by name", "says goodbye");
        assertThat(results).extracting(r -> r.get("pass")).containsExactly(true, false);
        assertThat(results.getFirst()).containsEntry("output", ANSWER).containsEntry("providerId", "openai:chat:polite");

        Object yaml = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(folder.resolve("out.yaml")));
        assertThat(yaml).as("the JSON document, as YAML").isEqualTo(json);

        List<String> lines = Files.readAllLines(folder.resolve("out.jsonl"));
        assertThat(lines).hasSize(2);
        assertThat(lines.stream().map(Json::readObject).toList()).isEqualTo(results);

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(folder.resolve("out.csv")))).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst().getParser().getHeaderNames()).containsExactly("prompt", "provider", "description",
                "vars", "output", "pass", "score", "reason", "latencyMs", "costUsd");
        assertThat(rows.get(1).toMap()).containsEntry("prompt", "greet").containsEntry("provider", "openai:chat:polite")
                .containsEntry("description", "says goodbye").containsEntry("output", ANSWER)
                .containsEntry("pass", "false").containsEntry("score", "0.0");
        assertThat(Json.readObject(rows.get(1).get("vars"))).isEqualTo(Map.of("person", "Ada, \"the first\""));
        assertThat(rows.get(1).get("reason")).contains("goodbye");
        assertThat(rows.getFirst().get("pass")).isEqualTo("true");
        assertThat(rows.getFirst().get("reason")).isEmpty();

        String html = Files.readString(folder.resolve("out.html"));
        assertThat(html).contains("<td>Hello Ada &lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt; &amp; welcome</td>")
                .doesNotContain("<script>").contains("<td>says goodbye</td>").contains("1/2 passed");

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(folder.resolve("out.xml").toFile());
        assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("2");
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    }

    @Test
    void aFormatPromptfooNamesButPromptsmithDoesNotWriteIsRefusedAtItsLineBeforeAnyCall() throws Exception {
        cli.workspace().write("testcases/greet.yaml", suite("[results.json, results.txt]"));

        int exit = run(temp.resolve("testcases/greet.yaml"));

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("greet.yaml:6: outputPath 'results.txt': '.txt' is not a format "
                + "Promptsmith writes; use one of .json, .jsonl, .csv, .yaml, .yml, .html, .xml");
        assertThat(cli.simulator().callCount()).isZero();
        assertThat(Path.of("results.json")).doesNotExist();
    }

    @Test
    void resultsAreNotWrittenIntoTheWorkspacesPromptsOrSuites() {
        cli.workspace().write("testcases/greet.yaml", suite("'" + temp.resolve("prompts/results.json") + "'"));

        int exit = run(temp.resolve("testcases/greet.yaml"));

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("greet.yaml:6: outputPath '" + temp.resolve("prompts/results.json")
                + "' is inside the workspace's prompts/ folder; write the results elsewhere");
        assertThat(cli.simulator().callCount()).isZero();
    }

    @Test
    void aFileThatCannotBeWrittenIsAMessageAtTheEndAndTheOthersAreStillWritten() throws Exception {
        // given: a plain file where the first result file's folder would be
        cli.workspace().write("blocked", "not a folder");
        Path blocked = temp.resolve("blocked/out.json");
        Path written = temp.resolve("out.csv");
        cli.workspace().write("testcases/greet.yaml", suite("['" + blocked + "', '" + written + "']"));

        Path json = temp.resolve("missing/results.json");

        int exit = run(temp.resolve("testcases/greet.yaml"), "--json", json.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(cli.out()).contains("1/2 passed");
        assertThat(cli.err())
                .contains("run: cannot write the results to " + json + ": its folder does not exist")
                .contains("run: cannot write the results to " + blocked + ": a file is where its folder would be")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(written).isNotEmptyFile();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> results(Map<String, Object> json) {
        return (List<Map<String, Object>>) json.get("results");
    }

    private int run(Path suite, String... options) {
        return cli.run(suite.toString(), options);
    }
}
