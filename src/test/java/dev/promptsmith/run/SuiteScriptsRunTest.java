package dev.promptsmith.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.script.Scripts;
import dev.promptsmith.simulator.RecordedRequest;
import dev.promptsmith.support.CliRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A suite's own scripts that shape its prompts (nunjucksFilters, transformVars, prompt functions),
 * run with {@code run} against the simulator: what they do, and what a cell says when one fails.
 */
class SuiteScriptsRunTest {

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
    void aFilterThatThrowsOrNeverEndsFailsItsCellsNamingTheFilterAndItsFile() {
        // given: one filter throws, one loops for ever; a third prompt uses neither
        cli.workspace().write("testcases/bad.js", "module.exports = value => { throw new Error('no ' + value); };\n")
                .write("testcases/spin.js", "module.exports = function (value) { while (true) {} };\n")
                .write("testcases/suite.yaml", """
                        nunjucksFilters:
                          bad: bad.js
                          spin: spin.js
                        prompts:
                          - 'Bad {{ word | bad }}'
                          - 'Spin {{ word | spin }}'
                          - 'Plain {{ word }}'
                        providers:
                          - id: openai:chat:m
                            config: {apiBaseUrl: %s}
                        tests:
                          - vars: {word: ink}
                        """.formatted(cli.simulator().openAiBaseUrl()));

        // when
        JsonNode results = runForResults("testcases/suite.yaml");

        // then: the run ends; the filtered cells fail with the reason, the other is sent
        // (a runaway script is stopped at the time limit or at the statement limit, whichever comes first)
        assertThat(errors(results)).satisfiesExactlyInAnyOrder(
                error -> assertThat(error).isEqualTo(
                        "filter 'bad' failed: bad.js: Error: no ink (line 1 of prompt 'Bad {{ word | bad }}')"),
                error -> assertThat(error).startsWith("filter 'spin' failed: spin.js: ").contains("was stopped")
                        .endsWith("(line 1 of prompt 'Spin {{ word | spin }}')"),
                error -> assertThat(error).isNull());
        assertThat(userMessages()).containsExactly("Plain ink");
    }

    @Test
    void aSuitesFiltersAreNotAnotherSuites() {
        // given: two suites in one workspace, one with a filter
        cli.workspace().write("testcases/shout.js", "module.exports = value => value.toUpperCase();\n")
                .write("testcases/loud.yaml", """
                        nunjucksFilters:
                          shout: shout.js
                        prompts: ['Loud {{ word | shout }}']
                        providers:
                          - id: openai:chat:m
                            config: {apiBaseUrl: %s}
                        tests:
                          - vars: {word: ink}
                        """.formatted(cli.simulator().openAiBaseUrl()))
                .write("testcases/quiet.yaml", """
                        prompts: ['Quiet {{ word | shout }}']
                        providers:
                          - id: openai:chat:m
                            config: {apiBaseUrl: %s}
                        tests:
                          - vars: {word: ink}
                        """.formatted(cli.simulator().openAiBaseUrl()));

        // when
        int loud = run("testcases/loud.yaml");
        int quiet = run("testcases/quiet.yaml");

        // then: as in promptfoo, an unknown filter in a prompt text writes nothing here
        assertThat(loud).as(cli.printed()).isZero();
        assertThat(quiet).as(cli.printed()).isZero();
        assertThat(userMessages()).containsExactly("Loud INK", "Quiet ");
    }

    @Test
    void aTransformVarsThatFailsOrGivesNoMappingFailsItsCellNamingTheScript() {
        // given
        cli.workspace().write("testcases/vars.js", "module.exports = (vars, context) => { throw new Error('bad ' + vars.w); };\n")
                .write("testcases/suite.yaml", """
                        prompts: ['Say {{ w }}{{ extra }}']
                        providers:
                          - id: openai:chat:m
                            config: {apiBaseUrl: %s}
                        tests:
                          - vars: {w: a}
                            options: {transformVars: file://vars.js}
                          - vars: {w: b}
                            options: {transformVars: '"text"'}
                          - vars: {w: c}
                            options: {transformVars: '({ extra: "!" + context.uuid.length + Object.keys(context.prompt).length })'}
                        """.formatted(cli.simulator().openAiBaseUrl()));

        // when
        JsonNode results = runForResults("testcases/suite.yaml");

        // then
        assertThat(errors(results)).containsExactlyInAnyOrder(
                "the test's transformVars failed: vars.js: Error: bad a",
                "the test's transformVars failed: inline JavaScript: it returned 'text'; transformVars returns a "
                        + "mapping of variables",
                null);
        assertThat(userMessages()).containsExactly("Say c!360");
    }

    @Test
    void aPromptFunctionGetsTheVarsAndTheProviderAndItsResultIsThePromptText() {
        // given: text, a chat whose text is a template, and {prompt}; one provider has a label
        cli.workspace().write("testcases/prompts.js", """
                        module.exports.text = ({ vars, provider, config }) =>
                          'Hi ' + vars.name + ' on ' + provider.id + ' ' + provider.label + ' ' + JSON.stringify(config);
                        module.exports.chat = () => [{ role: 'system', content: 'Terse' }, { role: 'user', content: 'Yo {{ name }}' }];
                        module.exports.wrapped = async ({ vars }) => ({ prompt: 'Wrapped ' + vars.name });
                        """)
                .write("testcases/suite.yaml", """
                        prompts:
                          - file://prompts.js:text
                          - file://prompts.js:chat
                          - file://prompts.js:wrapped
                        providers:
                          - id: openai:chat:m
                            label: fast
                            config: {apiBaseUrl: %s}
                        tests:
                          - vars: {name: ada}
                            options: {prefix: 'never '}
                        """.formatted(cli.simulator().openAiBaseUrl()));

        // when
        int exit = run("testcases/suite.yaml");

        // then
        assertThat(exit).as(cli.printed()).isZero();
        assertThat(userMessages()).containsExactlyInAnyOrder("Hi ada on openai:chat:m fast {}", "Wrapped ada", "Yo ada");
    }

    @Test
    void aPromptFunctionThatFailsNeverEndsOrGivesNoPromptFailsItsCellNamingItsFile() {
        // given
        cli.workspace().write("testcases/bad.js", """
                        module.exports.thrower = () => { throw new Error('no prompt'); };
                        module.exports.spinner = () => { for (;;) {} };
                        module.exports.number = () => 42;
                        """)
                .write("testcases/suite.yaml", """
                        prompts:
                          - file://bad.js:thrower
                          - file://bad.js:spinner
                          - file://bad.js:number
                          - file://bad.js:missing
                        providers:
                          - id: openai:chat:m
                            config: {apiBaseUrl: %s}
                        tests:
                          - vars: {name: ada}
                        """.formatted(cli.simulator().openAiBaseUrl()));

        // when
        JsonNode results = runForResults("testcases/suite.yaml");

        // then
        assertThat(errors(results)).satisfiesExactlyInAnyOrder(
                error -> assertThat(error).isEqualTo("the prompt function failed: bad.js: Error: no prompt"),
                error -> assertThat(error).startsWith("the prompt function failed: bad.js: ").contains("was stopped"),
                error -> assertThat(error).isEqualTo("the prompt function failed: bad.js: it returned 42; a prompt "
                        + "function returns the prompt's text or a list of chat messages"),
                error -> assertThat(error).isEqualTo("the prompt function failed: bad.js: it has no function "
                        + "'missing'"));
        assertThat(cli.simulator().requests()).isEmpty();
    }

    @Test
    void aPythonPromptFunctionGetsTheSameContext() {
        Assumptions.assumeTrue(Scripts.inlineOnly().pythonFound(), "python3 is not on the PATH");
        // given
        cli.workspace().write("testcases/prompt.py", """
                        def make(context):
                            return "Py " + context["vars"]["name"] + " " + context["provider"]["id"] + " " + str(context["config"])
                        """)
                .write("testcases/suite.yaml", """
                        prompts: [file://prompt.py:make]
                        providers:
                          - id: openai:chat:m
                            config: {apiBaseUrl: %s}
                        tests:
                          - vars: {name: ada}
                        """.formatted(cli.simulator().openAiBaseUrl()));

        // when
        int exit = run("testcases/suite.yaml");

        // then
        assertThat(exit).as(cli.printed()).isZero();
        assertThat(userMessages()).containsExactly("Py ada openai:chat:m {}");
    }

    private List<String> errors(JsonNode results) {
        List<String> errors = new ArrayList<>();
        for (JsonNode result : results.path("results")) {
            errors.add(result.path("error").isNull() || result.path("error").isMissingNode() ? null
                    : result.path("error").asString());
        }
        return errors;
    }

    @SuppressWarnings("unchecked")
    private List<String> userMessages() {
        return cli.simulator().requests().stream()
                .sorted(Comparator.comparing(RecordedRequest::body))
                .map(r -> (List<Map<String, String>>) JSON.readValue(r.body(), Map.class).get("messages"))
                .map(messages -> messages.getLast().get("content"))
                .toList();
    }

    private JsonNode runForResults(String suite) {
        Path json = temp.resolve("results.json");
        run(suite, "--json", json.toString());
        return JSON.readTree(json.toFile());
    }

    private int run(String suite, String... more) {
        List<String> args = new ArrayList<>(List.of("--retries", "0"));
        args.addAll(List.of(more));
        return cli.run(suite, args.toArray(String[]::new));
    }
}
