package dev.promptsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} against the simulator: the files it writes pass check-files, and it never overwrites. */
class GenerateCommandTest {

    private static final String PROMPT = """
            {"title": "Date normalizer", "description": "Writes a date as ISO 8601.",
             "system": "Answer with the date as YYYY-MM-DD only.", "user": "Date: {{ date }}",
             "temperature": 0, "max_tokens": 20, "response_format": "text", "json_schema": null,
             "sample": {"date": "3rd of March 2024"}}
            """;
    private static final String CASES = """
            {"cases": [
              {"description": "Written-out date", "kind": "typical", "vars": {"date": "3rd of March 2024"},
               "assert": [{"type": "equals", "value": "2024-03-03"}]},
              {"description": "US order", "kind": "edge", "vars": {"date": "12/25/2023"},
               "assert": [{"type": "regex", "value": "^\\\\d{4}-\\\\d{2}-\\\\d{2}$"}]},
              {"description": "No date at all", "kind": "adversarial", "vars": {"when": "tomorrow"},
               "assert": [{"type": "not-icontains", "value": "tomorrow"}]}
            ]}
            """;

    @TempDir
    Path folder;

    private CliRun cli;

    @AfterEach
    void close() {
        cli.close();
    }

    @Test
    void writesThePromptAndTheValidCasesListsTheRestAndNeverOverwrites() throws Exception {
        // given
        cli = new CliRun(folder);
        cli.simulator().replyFor("drafter", Reply.fromRequest(request -> Reply.text(
                request.userText().contains("Draft it") ? PROMPT : CASES)));
        String[] command = {"generate", "--task", "Normalize dates to ISO 8601", "--model", "openai:chat:drafter",
                "--provider-base-url", cli.simulator().openAiBaseUrl(), "--name", "iso-dates", "--dir", folder.toString()};

        // when
        int exit = cli.execute(command);

        // then the third case lacks the variable: it is named and left out, which makes the exit code 1
        assertThat(exit).as(cli.printed()).isEqualTo(1);
        assertThat(cli.out()).contains("Wrote " + folder.resolve("prompts/iso-dates.prompty") + " (variables: date)",
                "Wrote " + folder.resolve("testcases/iso-dates.yaml") + " with 2 cases (1 edge, 1 typical); "
                        + "1 left out for their problems");
        assertThat(cli.err()).contains("generate: case 3 \"No date at all\": the variable 'date' is not given");
        assertThat(Files.readString(folder.resolve("testcases/iso-dates.yaml")))
                .contains("file://prompts/iso-dates.prompty", "openai:chat:drafter", "2024-03-03",
                        "apiBaseUrl: " + cli.simulator().openAiBaseUrl())
                .doesNotContain("No date at all");
        cli.clearOutput();
        assertThat(cli.execute("check-files", folder.toString())).as(cli.printed()).isZero();

        // when run again
        cli.clearOutput();
        int again = cli.execute(command);

        // then
        assertThat(again).isEqualTo(2);
        assertThat(cli.err()).contains("prompts/iso-dates.prompty exists already; choose another --name");
    }
}
