package dev.promptsmith.cli;

import static dev.promptsmith.support.Workspace.prompt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.simulator.LlmSimulator;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A suite with javascript checks and transforms, run by the run command against the simulator. */
class ScriptedSuiteRunTest {

    @TempDir
    Path temp;

    private final LlmSimulator simulator = LlmSimulator.start();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws Exception {
        java.nio.file.Files.createDirectories(temp.resolve("testcases/checks"));
        new Workspace(temp)
                .write("prompts/greet.prompty", prompt("Greeter", "Greet {{ person }}."))
                .write("testcases/checks/greeting.js", """
                        // CommonJS, as promptfoo loads it
                        module.exports.brevity = (output, context) => output.length < 40 ? 0.9 : 0.2;
                        """)
                .write("testcases/greet.yaml", """
                        prompts: [file://prompts/greet.prompty]
                        providers:
                          - id: openai:chat:polite
                            config: {apiBaseUrl: %s}
                        defaultTest:
                          options:
                            transform: output.toUpperCase()
                        tests:
                          - description: the transformed output names the person
                            vars: {person: Ada}
                            assert:
                              - type: javascript
                                value: output.includes(context.vars.person.toUpperCase())
                          - description: a file's function scores it
                            vars: {person: Ada}
                            assert:
                              - type: javascript
                                value: file://checks/greeting.js:brevity
                                threshold: 0.5
                          - description: a check's transform is its own
                            vars: {person: Ada}
                            assert:
                              - type: equals
                                value: HELLO
                                transform: output.split(',')[0].split(' ')[0]
                              - type: starts-with
                                value: HELLO ADA
                          - description: another person is not named
                            vars: {person: Bob}
                            assert:
                              - type: javascript
                                value: |
                                  const name = context.vars.person.toUpperCase();
                                  return { pass: output.includes(name), score: 0, reason: 'no ' + name + ' in it' };
                          - description: a script that never ends
                            vars: {person: Ada}
                            assert:
                              - type: javascript
                                value: 'while (true) {}'
                          - description: a test's own transform replaces defaultTest's
                            vars: {person: Ada}
                            options: {transform: output.nope()}
                            assert:
                              - type: contains
                                value: Hello
                        """.formatted(simulator.openAiBaseUrl()));
        simulator.replyFor("polite", Reply.text("Hello Ada, nice to meet you."));
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void javascriptChecksAndTransformsDecideEachCell() {
        // when
        int exit = new CommandLine(new PromptsmithCli())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute("run", temp.resolve("testcases/greet.yaml").toString(), "--database",
                        temp.resolve("data").toString());

        // then
        assertThat(exit).as(out + "\n" + err).isEqualTo(1);
        assertThat(err.toString()).doesNotContain("warning");
        assertThat(out.toString())
                .contains("PASS the transformed output names the person [openai:chat:polite]")
                .contains("PASS a file's function scores it [openai:chat:polite]")
                .contains("PASS a check's transform is its own [openai:chat:polite]")
                .contains("FAIL another person is not named [openai:chat:polite]: Expected output to pass "
                        + "\"const name = context.vars.person.toUpperCase();")
                .contains("but it said: no BOB in it")
                // stopped by its time limit, or on an idle machine first by its statement limit
                .containsPattern("FAIL a script that never ends \\[openai:chat:polite\\]: Check javascript could not run: "
                        + "inline JavaScript: (did not finish within 5.0 s|it ran more than \\d+ statements) and was stopped")
                .contains("FAIL a test's own transform replaces defaultTest's [openai:chat:polite]: the test's transform "
                        + "failed: inline JavaScript: TypeError:")
                .contains("3/6 passed");
    }
}
