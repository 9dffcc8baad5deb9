package dev.promptsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptimizeCommandTest {

    private static final String START = "---\nname: Echo\n---\nuser:\nTell me about {{ topic }}.\n";

    @TempDir
    Path temp;

    private CliRun cli;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRun(temp);
        // the target says DONE only when the prompt asks for it; the checks look for DONE
        cli.simulator().replyFor("gpt-4o-mini-learner", Reply.fromPrompt(text -> text.contains("say DONE") ? "DONE" : "nope"));
        cli.workspace().write("prompts/echo.prompty", START);
        // the optimizer's own prompts ship in the workspace's prompts/, as in this repository
        try (var files = Files.newDirectoryStream(Path.of("prompts"), "promptsmith-optimize-*.prompty")) {
            for (Path file : files) {
                cli.workspace().write("prompts/" + file.getFileName(), Files.readString(file));
            }
        }
    }

    @AfterEach
    void close() {
        cli.close();
    }

    @Test
    void aBetterPromptFoundWithinTheBudgetIsWrittenAndExitsZeroPrintingEachRound() throws Exception {
        // given
        suite(10);
        proposes("Tell me about {{ topic }}, then say DONE.");

        // when
        int exit = optimize("40");

        // then
        assertThat(exit).as(cli.printed()).isZero();
        assertThat(cli.out()).contains("7 training and 3 validation cases, 40 calls at most")
                .contains("round 0: best training 0.0%, validation 0.0%")
                .containsPattern("round 1: best training 100\\.0%, validation 100\\.0%, \\d+ calls")
                .contains("validation 100.0% (3/3) against the start's 0.0% (0/3): could be chance")
                .contains("PASSED: the best passes every validation case");
        assertThat(cli.simulator().callCount()).isLessThanOrEqualTo(40);
        assertThat(Files.readString(temp.resolve("prompts/echo.prompty"))).contains("then say DONE");
        assertThat(cli.out()).containsPattern("stored as version \\d+ of echo");
    }

    @Test
    void noBetterCandidateExitsOneAndLeavesThePromptFileAlone() throws Exception {
        // given
        suite(10);
        proposes("Tell me all about {{ topic }}.");

        // when
        int exit = optimize("40");

        // then
        assertThat(exit).as(cli.printed()).isEqualTo(1);
        assertThat(cli.out()).contains("NO IMPROVEMENT: no candidate beat the start on validation");
        assertThat(Files.readString(temp.resolve("prompts/echo.prompty"))).isEqualTo(START);
    }

    @Test
    void aSuiteTooSmallToSplitIsAConfigurationErrorSayingSo() throws Exception {
        // given
        suite(3);

        // when
        int exit = optimize("40");

        // then
        assertThat(exit).as(cli.printed()).isEqualTo(2);
        assertThat(cli.err()).contains("optimize: suite opt has 3 cases, too few to split");
        assertThat(cli.simulator().callCount()).isZero();
    }

    private int optimize(String calls) {
        return cli.execute("optimize", temp.resolve("testcases/opt.yaml").toString(), "--prompt", "echo",
                "--model", "openai:chat:gpt-4o-mini-learner", "--proposer", "openai:chat:gpt-4o-mini-proposer",
                "--provider-base-url", cli.simulator().openAiBaseUrl(), "--budget-calls", calls,
                "--validation-split", "0.3", "--seed", "7", "--database", temp.resolve("data").toString());
    }

    private void proposes(String body) {
        cli.simulator().replyFor("gpt-4o-mini-proposer", Reply.json("{\"prompt\": \"user:\\n" + body
                + "\", \"rationale\": \"a rewrite\"}"));
    }

    private void suite(int cases) {
        StringBuilder suite = new StringBuilder("description: Optimize me\nprompts:\n  - file://prompts/echo.prompty\n"
                + "defaultTest:\n  assert:\n    - type: contains\n      value: DONE\ntests:\n");
        for (int i = 1; i <= cases; i++) {
            suite.append("  - description: topic ").append(i).append("\n    vars:\n      topic: t").append(i).append('\n');
        }
        cli.workspace().write("testcases/opt.yaml", suite.toString());
    }
}
