package dev.promptsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.simulator.RecordedRequest;
import dev.promptsmith.support.CliRun;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * promptfoo configs that use its prompt files, test files, variable files, scenarios and a
 * provider's {@code prompts} filter, run with {@code run} against the simulator: the requests
 * that arrive are those promptfoo sends.
 */
class PromptfooFormatsRunTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    @Test
    void inlineTextIsOneUserMessageAsWrittenAndChatJsonIsItsMessages() {
        // given: a text with role-like lines, and a chat written as JSON with a variable holding quotes
        cli.workspace().write("testcases/chat.yaml", """
                prompts:
                  - |
                    System: you are terse
                    User: greet {{ name }}
                  - '[{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi {{ name }}"}]'
                providers:
                  - id: openai:chat:m
                    config: {apiBaseUrl: %s}
                tests:
                  - vars: {name: 'Ada "the first"'}
                """.formatted(cli.simulator().openAiBaseUrl()));

        // when
        int exit = run("testcases/chat.yaml");

        // then
        assertThat(exit).as(cli.printed()).isZero();
        assertThat(messages()).containsExactlyInAnyOrder(
                List.of(Map.of("role", "user", "content", "System: you are terse\nUser: greet Ada \"the first\"\n")),
                List.of(Map.of("role", "system", "content", "Be brief."),
                        Map.of("role", "user", "content", "Hi Ada \"the first\"")));
    }

    @Test
    void promptFilesGiveOnePromptEachAsPromptfooReadsThem() {
        // given
        cli.workspace().write("testcases/prompts.txt", "Say hi to {{ name }}\n---\n\nSay bye to {{ name }}\n")
                .write("testcases/chat.json", "[{\"role\": \"user\", \"content\": \"JSON {{ name }}\"}]")
                .write("testcases/lines.jsonl", "[{\"role\":\"user\",\"content\":\"L1 {{ name }}\"}]\n"
                        + "[{\"role\":\"user\",\"content\":\"L2 {{ name }}\"}]\n")
                .write("testcases/chat.yaml", "- role: user\n  content: YAML {{ name }}\n")
                .write("testcases/note.md", "# Markdown for {{ name }}\n")
                .write("testcases/list.csv", "prompt,label\nCSV {{ name }},from csv\n")
                .write("testcases/suite.yaml", """
                        prompts:
                          - file://prompts.txt
                          - file://chat.json
                          - file://lines.jsonl
                          - file://chat.yaml
                          - file://note.md
                          - file://list.csv
                        providers:
                          - id: openai:chat:m
                            config: {apiBaseUrl: %s}
                        tests:
                          - vars: {name: Ada}
                        """.formatted(cli.simulator().openAiBaseUrl()));

        // when
        int exit = run("testcases/suite.yaml");

        // then
        assertThat(exit).as(cli.printed()).isZero();
        assertThat(cli.out()).contains("8 prompts x 1 tests x 1 models");
        assertThat(messages()).containsExactlyInAnyOrder(
                user("Say hi to Ada"), user("Say bye to Ada"), user("JSON Ada"), user("L1 Ada"), user("L2 Ada"),
                user("YAML Ada"), user("# Markdown for Ada\n"), user("CSV Ada"));
    }

    @Test
    void aProvidersPromptsFilterDecidesWhichPromptsItRuns() {
        // given: two models; one runs only the prompt labelled "short"
        cli.workspace().write("testcases/filter.yaml", """
                prompts:
                  - id: 'Write a poem about {{ topic }}'
                    label: long
                  - raw: 'One word about {{ topic }}'
                    label: short
                providers:
                  - id: openai:chat:big
                    config: {apiBaseUrl: %1$s}
                  - id: openai:chat:small
                    prompts: [short]
                    config: {apiBaseUrl: %1$s}
                tests:
                  - vars: {topic: rain}
                """.formatted(cli.simulator().openAiBaseUrl()));

        // when
        Path json = temp.resolve("results.json");
        int exit = run("testcases/filter.yaml", "--json", json.toString());

        // then: 3 cells, not 4, and the report names each prompt by its label
        assertThat(exit).as(cli.printed()).isZero();
        assertThat(cli.out()).contains("= 3 cells");
        assertThat(JSON.readTree(json.toFile()).path("results").valueStream().map(r -> r.path("promptLabel").asString())
                .toList()).containsExactlyInAnyOrder("long", "short", "short");
        assertThat(cli.simulator().requests()).extracting(r -> r.model() + ": " + r.userText()).containsExactlyInAnyOrder(
                "big: Write a poem about rain", "big: One word about rain", "small: One word about rain");
    }

    @Test
    void aTestsOwnPromptsAndProvidersFiltersReplaceDefaultTestsAndDecideItsCells() {
        // given
        cli.workspace().write("testcases/filters.yaml", """
                prompts:
                  - {raw: 'Long about {{ t }}', label: long}
                  - {raw: 'Short about {{ t }}', label: short}
                providers:
                  - id: openai:chat:big
                    config: {apiBaseUrl: %1$s}
                  - id: openai:chat:small
                    label: tiny
                    config: {apiBaseUrl: %1$s}
                defaultTest:
                  providers: [tiny]
                tests:
                  - vars: {t: a}
                  - vars: {t: b}
                    prompts: [short]
                    providers: ['openai:chat:big*']
                  - vars: {t: c}
                    providers: []
                """.formatted(cli.simulator().openAiBaseUrl()));

        // when
        int exit = run("testcases/filters.yaml");

        // then
        assertThat(exit).as(cli.printed()).isZero();
        assertThat(cli.out()).contains("= 3 cells");
        assertThat(cli.simulator().requests()).extracting(r -> r.model() + ": " + r.userText()).containsExactlyInAnyOrder(
                "small: Long about a", "small: Short about a", "big: Short about b");
    }

    @Test
    void aProvidersTransformChangesItsOutputsBeforeTheTestsTransform() {
        // given: the simulator answers "You said: <prompt>"
        cli.workspace().write("testcases/transform.yaml", """
                prompts: ['hi {{ n }}']
                providers:
                  - id: openai:chat:loud
                    transform: output.toUpperCase()
                    config: {apiBaseUrl: %1$s}
                  - id: openai:chat:plain
                    config: {apiBaseUrl: %1$s}
                tests:
                  - vars: {n: ada}
                    options: {transform: "output + '!'"}
                    assert:
                      - type: equals
                        value: 'YOU SAID: HI ADA!'
                """.formatted(cli.simulator().openAiBaseUrl()));

        // when
        int exit = run("testcases/transform.yaml");

        // then: only the loud provider's output passes
        assertThat(exit).as(cli.printed()).isEqualTo(1);
        assertThat(cli.out()).contains("1/2 passed").contains("PASS test 1 [openai:chat:loud]")
                .contains("FAIL test 1 [openai:chat:plain]");
    }

    @Test
    void testsFromCsvWithExpectedColumnsVariableFilesAndScenariosRunAsInPromptfoo() {
        // given
        cli.workspace().write("testcases/tests.csv", """
                name,__expected1,__expected2,__description
                Ada,contains:Ada,icontains:SAID,first
                Bob,not-contains:Bob,,second
                """)
                .write("testcases/story.txt", "Once upon a time\n\n")
                .write("testcases/data.yaml", "a: 1\nb: [x, y]\n")
                .write("testcases/suite.yaml", """
                        prompts: ['{{ name }} / {{ story }} / {{ data }}']
                        providers:
                          - id: openai:chat:m
                            config: {apiBaseUrl: %s}
                        defaultTest:
                          vars:
                            story: file://story.txt
                            data: file://data.yaml
                        tests: file://tests.csv
                        scenarios:
                          - config: [{vars: {name: Cy}}, {vars: {name: Di}}]
                            tests:
                              - assert: [{type: contains, value: 'Once upon'}]
                        """.formatted(cli.simulator().openAiBaseUrl()));

        // when
        int exit = run("testcases/suite.yaml");

        // then: Bob's row fails its not-contains; the scenario runs once per config
        assertThat(exit).as(cli.printed()).isEqualTo(1);
        assertThat(cli.out()).contains("= 4 cells").contains("3/4 passed").contains("FAIL second");
        assertThat(cli.simulator().requests()).extracting(RecordedRequest::userText).containsExactlyInAnyOrder(
                "Ada / Once upon a time / {\"a\":1,\"b\":[\"x\",\"y\"]}",
                "Bob / Once upon a time / {\"a\":1,\"b\":[\"x\",\"y\"]}",
                "Cy / Once upon a time / {\"a\":1,\"b\":[\"x\",\"y\"]}",
                "Di / Once upon a time / {\"a\":1,\"b\":[\"x\",\"y\"]}");
    }

    @Test
    void whatPromptfooWouldReadAsAMissingFileIsRefusedWithItsLine() {
        // given
        cli.workspace().write("testcases/bad.yaml", """
                prompts:
                  - Is A/B testing worth it
                  - file://make_prompt.py:build
                  - file://missing.txt
                providers: [echo]
                tests: file://nowhere.csv
                """);

        // when
        int exit = run("testcases/bad.yaml");

        // then
        String file = temp.resolve("testcases/bad.yaml").toString();
        assertThat(exit).isEqualTo(2);
        assertThat(cli.err())
                .contains(file + ":2: prompt 'Is A/B testing worth it': there is no file testcases/Is A/B testing worth it"
                        + " (promptfoo reads text with '/'")
                .contains(file + ":3: prompt 'file://make_prompt.py:build': there is no file testcases/make_prompt.py")
                .contains(file + ":4: prompt 'file://missing.txt': there is no file testcases/missing.txt")
                .contains(file + ":6: tests from 'file://nowhere.csv': no such file");
        assertThat(cli.simulator().callCount()).isZero();
    }

    private static List<Map<String, String>> user(String text) {
        return List.of(Map.of("role", "user", "content", text));
    }

    @SuppressWarnings("unchecked")
    private List<List<Map<String, String>>> messages() {
        return cli.simulator().requests().stream()
                .sorted(Comparator.comparing(RecordedRequest::body))
                .map(r -> (List<Map<String, String>>) JSON.readValue(r.body(), Map.class).get("messages"))
                .toList();
    }

    private int run(String suite, String... more) {
        return cli.run(suite, more);
    }
}
