package dev.promptsmith.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.cli.PromptsmithCli;
import dev.promptsmith.suite.SuiteDocument;
import dev.promptsmith.suite.TestCaseDefinition;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every task of the library ships a prompt and a suite of at least ten cases whose checks test the task. */
class LibraryFilesTest {

    /** Checks that only look for words; every case needs at least one check of another kind. */
    private static final Set<String> WORD_CHECKS = Set.of("contains", "icontains", "contains-any", "contains-all",
            "icontains-any", "icontains-all", "starts-with");

    static Stream<LibraryTask> tasks() {
        return TaskIndex.shipped().stream();
    }

    @Test
    void theIndexNamesTwelveDistinctTasks() {
        List<LibraryTask> tasks = TaskIndex.shipped();

        assertThat(tasks).hasSize(12);
        assertThat(tasks).extracting(LibraryTask::name).doesNotHaveDuplicates();
        assertThat(tasks).extracting(LibraryTask::suite).doesNotHaveDuplicates();
        assertThat(tasks).allSatisfy(task -> assertThat(task.description()).hasSizeGreaterThan(100));
    }

    @ParameterizedTest
    @MethodSource("tasks")
    void theSuiteLoadsWithItsPromptAndAtLeastTenCases(LibraryTask task) throws Exception {
        // given
        assertThat(LibraryFiles.WORKSPACE.resolve("prompts/" + task.prompt() + ".prompty")).isRegularFile();

        // when
        SuiteDocument suite = LibraryFiles.suite(task.suite());

        // then
        assertThat(suite.prompts()).singleElement()
                .satisfies(prompt -> assertThat(prompt.path()).isEqualTo("prompts/" + task.prompt() + ".prompty"));
        assertThat(suite.tests()).as(task.suite()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(suite.providers()).isNotEmpty();
        assertThat(suite.warnings()).as(task.suite()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("tasks")
    void everyCaseHasAChecksOfItsOwnBeyondLookingForWords(LibraryTask task) throws Exception {
        SuiteDocument suite = LibraryFiles.suite(task.suite());

        assertThat(suite.tests()).extracting(TestCaseDefinition::description).allSatisfy(d -> assertThat(d).isNotBlank());
        assertThat(suite.tests()).filteredOn(test -> test.checks().stream().map(LibraryFilesTest::typeWithoutNot)
                .allMatch(WORD_CHECKS::contains)).extracting(TestCaseDefinition::description).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("tasks")
    void noCasePassesAnEmptyAnswer(LibraryTask task) throws Exception {
        SuiteDocument suite = LibraryFiles.suite(task.suite());

        assertThat(suite.tests()).filteredOn(test -> LibraryFiles.grade(suite, test, "").pass())
                .extracting(TestCaseDefinition::description).isEmpty();
    }

    @Test
    void checkFilesFindsNoProblemInTheShippedFiles() throws Exception {
        // given
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        // when
        int exit = new CommandLine(new PromptsmithCli()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute("check-files", LibraryFiles.WORKSPACE.toString());

        // then
        assertThat(err.toString()).as("problems and warnings").isEmpty();
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("0 problems, 0 warnings");
        for (LibraryTask task : TaskIndex.shipped()) {
            assertThat(Files.readString(LibraryFiles.WORKSPACE.resolve("testcases/" + task.suite() + ".yaml")))
                    .contains("file://prompts/" + task.prompt() + ".prompty");
        }
    }

    private static String typeWithoutNot(CheckSpec check) {
        String type = String.valueOf(check.config().get("type"));
        return type.startsWith("not-") ? type.substring(4) : type;
    }
}
