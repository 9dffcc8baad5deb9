package dev.promptsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.PromptsmithApplication;
import dev.promptsmith.support.ChildJvm;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
    void aKeyCutOffBeforeItsValueIsKeptAsNullInBothModes() {
        int single = run("{\"title\": \"Dune\", \"tags\": ", "repair-json");
        String printed = out.toString();
        out.getBuffer().setLength(0);
        int batch = run("\"{\\\"a\\\": {\\\"b\\\":\"\n", "repair-json", "--batch");

        assertThat(single).isZero();
        assertThat(printed).isEqualTo("{\"title\": \"Dune\", \"tags\": null}\n");
        assertThat(batch).isZero();
        assertThat(out.toString()).isEqualTo("\"{\\\"a\\\": {\\\"b\\\":null}}\"\n");
    }

    @Test
    void aLoneSurrogateReachesStandardOutputAsItsEscapeNotAsAQuestionMark() throws Exception {
        // given: on stdin an escaped lone surrogate beside an emoji; in a batch line, a raw one once decoded
        String single = "{\"a\": \"\\ud800\", \"b\": \"\uD83D\uDE00";
        String batch = "\"[\\\"x\\ud800 \uD83D\uDE00\\\"]\"\n";

        // when: the jar's own main runs, writing to a real stdout with its own encoder
        byte[] singleOut = childRun(single, "repair-json");
        byte[] batchOut = childRun(batch, "repair-json", "--batch");

        // then
        assertThat(singleOut).isEqualTo("{\"a\": \"\\ud800\", \"b\": \"\uD83D\uDE00\"}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(batchOut).isEqualTo("\"[\\\"x\\\\ud800 \uD83D\uDE00\\\"]\"\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theJarKnowsRepairJsonIsACommand() {
        assertThat(PromptsmithCli.handles(new String[] {"repair-json"})).isTrue();
    }

    /** Standard output of {@code java PromptsmithApplication args} in a child JVM fed {@code stdin}. */
    private static byte[] childRun(String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ChildJvm.javaBinary(), "-cp", System.getProperty("java.class.path"),
                PromptsmithApplication.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        byte[] stdout = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return stdout;
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
