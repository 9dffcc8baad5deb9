package dev.promptsmith.cli;

import static dev.promptsmith.support.Workspace.prompt;
import static dev.promptsmith.support.Workspace.suite;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.support.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckFilesCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void theShippedExamplesAreValid() {
        int exit = run("check-files", Path.of(".").toAbsolutePath().toString());

        assertThat(err.toString()).doesNotContain(": error").doesNotContainPattern("\\.(prompty|yaml):\\d+: [^w]");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("0 problems");
    }

    @Test
    void exitsZeroWhenEveryFileIsFine() {
        Workspace workspace = new Workspace(temp).write("prompts/greet.prompty", prompt("Greeter", "Hi {{ person }}"))
                .write("testcases/greet.yaml", suite("greet"));

        int exit = run("check-files", workspace.root().toString());

        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).isEqualTo("Checked 1 prompt file and 1 suite file: 0 problems, 0 warnings\n");
    }

    @Test
    void exitsOneListingEveryProblemAsFileLineMessage() {
        // given
        Workspace workspace = new Workspace(temp)
                .write("prompts/greet.prompty", prompt("Greeter", "Hi {{ person }}"))
                .write("prompts/broken.prompty", "---\nname: Broken\n---\nuser:\n{% for x in xs %}\n")
                .write("testcases/greet.yaml", suite("greet"))
                .write("testcases/orphan.yaml", suite("missing"));

        // when
        int exit = run("check-files", workspace.root().toString());

        // then
        assertThat(exit).isEqualTo(1);
        String root = workspace.root().toString();
        assertThat(err.toString().lines()).containsExactly(
                root + "/prompts/broken.prompty:5: template of the user message: Syntax error in '{% for x in xs %}': "
                        + "Missing end tag: endfor for tag defined as: {% for x in xs %}",
                root + "/testcases/orphan.yaml:3: prompt 'missing' is not in prompts/ (expected prompts/missing.prompty)");
        assertThat(out.toString()).contains("2 problems");
    }

    @Test
    void aBrokenPromptIsNotAlsoReportedAsMissingFromTheSuitesThatNameIt() {
        Workspace workspace = new Workspace(temp)
                .write("prompts/greet.prompty", "no front matter\n")
                .write("testcases/greet.yaml", suite("greet"));

        int exit = run("check-files", workspace.root().toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines()).singleElement().asString().contains("prompts/greet.prompty:1:");
    }

    @Test
    void anUnknownCheckTypeIsAProblemThatNamesTheNearestType() {
        Workspace workspace = new Workspace(temp).write("prompts/greet.prompty", prompt("Greeter", "Hi {{ person }}"))
                .write("testcases/greet.yaml", suite("greet").replace("type: contains", "type: contians"));

        int exit = run("check-files", workspace.root().toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("testcases/greet.yaml:8: unknown check type 'contians' "
                + "(did you mean 'contains'?)");
    }

    @Test
    void aPatternThatIsNoJavaScriptIsRefusedAtItsLineWithTheJavaScriptWay() {
        // given promptfoo's regex is JavaScript's, where (?i) does not compile
        Workspace workspace = new Workspace(temp).write("prompts/greet.prompty", prompt("Greeter", "Hi {{ person }}"))
                .write("testcases/greet.yaml", suite("greet") + """
                            assert:
                              - type: not-regex
                                value: '(?i)bob'
                              - type: regex
                                value: '{{ person }}$'
                        """);

        // when
        int exit = run("check-files", workspace.root().toString());

        // then
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(workspace.root() + "/testcases/greet.yaml:14: check "
                + "'not-regex': the pattern '(?i)bob' is not valid JavaScript (Invalid regular expression: /(?i)bob/: "
                + "Invalid group); JavaScript has no inline flags: use [Xx] classes, or icontains / icontains-any, for "
                + "(?i); (^|\\n) and (\\n|$) for the line starts and ends of (?m); [\\s\\S] for the any character of (?s)");
    }

    @Test
    void aJavaEscapeThatIsALetterInJavaScriptIsWarnedOf() {
        // given \Z ends the text in Java, and is the letter Z in JavaScript
        Workspace workspace = new Workspace(temp).write("prompts/greet.prompty", prompt("Greeter", "Hi {{ person }}"))
                .write("testcases/greet.yaml", suite("greet") + """
                            assert:
                              - type: regex
                                value: 'Bob\\Z'
                        """);

        // when
        int exit = run("check-files", workspace.root().toString());

        // then
        assertThat(exit).isZero();
        assertThat(err.toString().lines()).containsExactly(workspace.root() + "/testcases/greet.yaml:14: warning: "
                + "check 'regex': in the pattern 'Bob\\Z', \\Z is Java: in JavaScript it is the letter Z itself; write $");
    }

    @Test
    void testsFromAGoogleSheetOrASpreadsheetFileAreRefusedAtTheirLineWithWhatToDoInstead() {
        // given
        Workspace workspace = new Workspace(temp).write("prompts/greet.prompty", prompt("Greeter", "Hi {{ person }}"))
                .write("testcases/cases.xlsx", "not read")
                .write("testcases/greet.yaml", suite("greet") + """
                          - https://docs.google.com/spreadsheets/d/1abc/edit#gid=0
                          - file://cases.xlsx
                          - file://more.xls#Sheet2
                        """);

        // when
        int exit = run("check-files", workspace.root().toString());

        // then
        assertThat(exit).isEqualTo(1);
        String file = workspace.root() + "/testcases/greet.yaml";
        assertThat(err.toString().lines()).containsExactly(
                file + ":12: tests from 'https://docs.google.com/spreadsheets/d/1abc/edit#gid=0': Google Sheets are "
                        + "not read; download the sheet as CSV (File > Download > Comma-separated values) next to the "
                        + "suite and name that file, e.g. tests: file://cases.csv",
                file + ":13: tests from 'file://cases.xlsx': spreadsheets (.xlsx, .xls) are not read yet; save the "
                        + "sheet as CSV (UTF-8) next to the suite and name that file, e.g. tests: file://cases.csv",
                file + ":14: tests from 'file://more.xls#Sheet2': spreadsheets (.xlsx, .xls) are not read yet; save "
                        + "the sheet as CSV (UTF-8) next to the suite and name that file, e.g. tests: file://cases.csv");
    }

    @Test
    void exitsTwoWhenTheFolderCannotBeChecked() {
        assertThat(run("check-files", temp.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is not a folder");
    }

    @Test
    void theJarKnowsWhichArgumentsAreCommands() {
        assertThat(PromptsmithCli.handles(new String[] {"check-files"})).isTrue();
        assertThat(PromptsmithCli.handles(new String[] {})).isFalse();
        assertThat(PromptsmithCli.handles(new String[] {"--server.port=9090"})).isFalse();
    }

    private int run(String... args) {
        return new CommandLine(new PromptsmithCli())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }
}
