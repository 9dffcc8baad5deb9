package dev.promptsmith.cli;

import static dev.promptsmith.support.Workspace.prompt;
import static dev.promptsmith.support.Workspace.suite;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.support.Workspace;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Files from a pull request, as check-files and run meet them: hostile templates, links out, huge or non-UTF-8 files. */
class UntrustedFilesTest {

    /** Writes nothing: on a fast machine as on a slow one, only the time limit can stop it. */
    private static final String FOUR_NESTED_LOOPS = "{% for a in range(1000) %}{% for b in range(1000) %}"
            + "{% for c in range(1000) %}{% for d in range(1000) %}{% if d < 0 %}{{ a }}{% endif %}"
            + "{% endfor %}{% endfor %}{% endfor %}{% endfor %}";

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void fourNestedLoopsFailCheckFilesAtTheirLineWithinTheBudgetWhileTheOtherFilesPass() {
        // given
        Workspace workspace = new Workspace(temp.resolve("ws"))
                .write("prompts/greet.prompty", prompt("Greeter", "Hi {{ person }}"))
                .write("prompts/hostile.prompty", prompt("Hostile", "Hello\n" + FOUR_NESTED_LOOPS))
                .write("testcases/greet.yaml", suite("greet"));

        // when
        long start = System.nanoTime();
        int exit = run("check-files", workspace.root().toString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // then
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(workspace.root() + "/prompts/hostile.prompty:11: "
                + "template of the user message: template took longer than 2000 ms to render "
                + "(setting promptsmith.render.timeout)");
        assertThat(out.toString()).isEqualTo("Checked 2 prompt files and 1 suite file: 1 problem, 0 warnings\n");
        assertThat(took).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void aPromptLinkedFromOutsideTheWorkspaceIsAProblemThatNamesTheFile() throws Exception {
        // given
        Workspace workspace = new Workspace(temp.resolve("ws")).write("testcases/greet.yaml", suite("greet"));
        Path outside = Files.writeString(temp.resolve("secret.prompty"), prompt("Secret", "the key is hunter2"));
        Files.createSymbolicLink(workspace.root().resolve("prompts/greet.prompty"), outside);

        // when
        int exit = run("check-files", workspace.root().toString());

        // then
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith(workspace.root() + "/prompts/greet.prompty:1: is a link to "
                + outside.toRealPath() + ", outside the workspace").doesNotContain("hunter2");
    }

    @Test
    void aSuiteOfAHundredMegabytesIsRefusedBeforeItIsRead() throws Exception {
        // given: sparse, so nothing is written
        Workspace workspace = new Workspace(temp.resolve("ws"));
        try (RandomAccessFile file = new RandomAccessFile(workspace.root().resolve("testcases/big.yaml").toFile(), "rw")) {
            file.setLength(100L * 1024 * 1024);
        }

        // when
        int exit = run("check-files", workspace.root().toString());

        // then
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(workspace.root() + "/testcases/big.yaml:1: the file is "
                + "100.0 MB, more than the 32.0 MB a file may have (setting promptsmith.max-file-size); it is not read");
    }

    @Test
    void theLimitsAreSettingsAndAValueThatCannotBeReadIsAConfigurationError() {
        // given
        Workspace workspace = new Workspace(temp.resolve("ws"))
                .write("prompts/greet.prompty", prompt("Greeter", "Hi {{ person }}" + " ".repeat(2000)));

        // when
        int small = withProperty("promptsmith.max-file-size", "1KB", () -> run("check-files", workspace.root().toString()));
        int unreadable = withProperty("promptsmith.render.timeout", "soon", () -> run("check-files", workspace.root().toString()));

        // then
        assertThat(small).isEqualTo(1);
        assertThat(unreadable).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly(
                workspace.root() + "/prompts/greet.prompty:1: the file is 2085 bytes, more than the 1024 bytes a file "
                        + "may have (setting promptsmith.max-file-size); it is not read",
                "check-files: setting promptsmith.render.timeout (PROMPTSMITH_RENDER_TIMEOUT): 'soon' cannot be read; "
                        + "write e.g. 2s or 500ms");
    }

    @Test
    void aSuiteThatIsNotUtf8IsReportedAtTheLineOfTheBadByte() throws Exception {
        // given: Windows-1252 quotes on line 6
        Workspace workspace = new Workspace(temp.resolve("ws"))
                .write("prompts/greet.prompty", prompt("Greeter", "Hi {{ person }}"));
        byte[] suite = suite("greet").replace("vars: {person: Bob}", "vars: {person: \u201cBob\u201d}")
                .getBytes(WINDOWS_1252);
        Files.write(workspace.root().resolve("testcases/greet.yaml"), suite);

        // when
        int exit = run("check-files", workspace.root().toString());

        // then
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(workspace.root() + "/testcases/greet.yaml:11: the file is "
                + "not UTF-8 text: byte 0x93 at column 20 (byte 222 of the file) is not UTF-8; save the file as UTF-8");
    }

    @Test
    void aRunCellWhoseRenderRunsOutOfTimeIsThatCellsErrorAndTheOtherCellsRun() {
        // given: loops over a value pass the file's check, which has no values (and a list directly
        // in vars would make one case per item, as in promptfoo)
        Workspace workspace = new Workspace(temp.resolve("ws"))
                .write("prompts/items.prompty", "---\nname: Items\n---\nuser:\nItems:\n"
                        + "{% for a in data.items %}{% for b in data.items %}{% for c in data.items %}"
                        + "{% for d in data.items %}"
                        + "{% if d < 0 %}{{ a }}{% endif %}{% endfor %}{% endfor %}{% endfor %}{% endfor %}\n")
                .write("testcases/items.yaml", """
                        prompts: [file://prompts/items.prompty]
                        providers: [echo]
                        tests:
                          - description: few items
                            vars: {data: {items: [1]}}
                          - description: many items
                            vars: {data: {items: [%s]}}
                        """.formatted(String.join(", ", java.util.Collections.nCopies(300, "7"))));

        // when
        long start = System.nanoTime();
        int exit = run("run", workspace.root().resolve("testcases/items.yaml").toString(),
                "--database", temp.resolve("data").toString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // then
        assertThat(exit).as(out + "\n" + err).isEqualTo(1);
        assertThat(out.toString()).contains("PASS few items").contains("FAIL many items [echo]: template took longer "
                + "than 2000 ms to render (setting promptsmith.render.timeout) (user message, line 6 of items.prompty)");
        assertThat(took).isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void aRunRefusesAPromptLinkedFromOutsideTheWorkspace() throws Exception {
        // given
        Workspace workspace = new Workspace(temp.resolve("ws")).write("testcases/greet.yaml", suite("greet")
                .replace("tests:", "providers: [echo]\ntests:"));
        Path outside = Files.writeString(temp.resolve("secret.prompty"), prompt("Secret", "the key is hunter2"));
        Files.createSymbolicLink(workspace.root().resolve("prompts/greet.prompty"), outside);

        // when
        int exit = run("run", workspace.root().resolve("testcases/greet.yaml").toString(),
                "--database", temp.resolve("data").toString());

        // then
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("prompts/greet.prompty:1: is a link to " + outside.toRealPath())
                .doesNotContain("hunter2");
    }

    private static int withProperty(String name, String value, java.util.function.IntSupplier work) {
        System.setProperty(name, value);
        try {
            return work.getAsInt();
        } finally {
            System.clearProperty(name);
        }
    }

    private int run(String... args) {
        return new CommandLine(new PromptsmithCli())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }
}
