package dev.promptsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RepairJsonCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void writesTheRepairedJsonAndExitsZero() {
        int exit = run("```json\n{\"name\": 'Ada', \"langs\": [\"en\", \"fr", "repair-json");

        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualTo("\n{\"name\": \"Ada\", \"langs\": [\"en\", \"fr\"]}\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void exitsTwoWithTheReasonWhenNothingCanBeMadeOfIt() {
        int exit = run("   \n", "repair-json");

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("repair-json: the input is only whitespace at line 2, column 1\n");
    }

    @Test
    void batchRepairsOneJsonEncodedStringPerLine() {
        String lines = """
                "[1, 2"
                "{\\"a\\": tr"
                ""
                "{\\"ok\\": true}"
                """;

        int exit = run(lines, "repair-json", "--batch");

        assertThat(exit).isZero();
        assertThat(out.toString().lines()).containsExactly("\"[1, 2]\"", "\"{\\\"a\\\": true}\"", "null",
                "\"{\\\"ok\\\": true}\"");
    }

    @Test
    void theCutOffOptionInventsNoDigits() {
        run("[1, 2.", "repair-json", "--cut-off");

        assertThat(out.toString()).isEqualTo("[1, 2]\n");
    }

    @Test
    void theJarKnowsRepairJsonIsACommand() {
        assertThat(PromptsmithCli.handles(new String[] {"repair-json"})).isTrue();
    }

    private int run(String stdin, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return new CommandLine(new PromptsmithCli())
                    .setOut(new PrintWriter(out, true))
                    .setErr(new PrintWriter(err, true))
                    .execute(args);
        } finally {
            System.setIn(original);
        }
    }
}
