package dev.promptsmith.suiteedit;

import static dev.promptsmith.support.Workspace.prompt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.cli.PromptsmithCli;
import dev.promptsmith.exchange.WorkspaceImporter;
import dev.promptsmith.prompt.PromptStore;
import dev.promptsmith.shared.InputLimits;
import dev.promptsmith.suite.SuiteDocument;
import dev.promptsmith.suite.SuiteLoader;
import dev.promptsmith.suite.SuiteStore;
import dev.promptsmith.suite.TestCaseDefinition;
import dev.promptsmith.support.H2Database;
import dev.promptsmith.support.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A suite opened from its file, edited and saved back, over a real workspace folder and H2 database. */
class SuiteEditingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
    private static final String SUITE = """
            # Greetings, reviewed by the support team
            description: Suite of greetings
            prompts:
              - file://prompts/greet.prompty
            providers:
              - echo   # the built-in model
            tests:
              - description: first
                vars: {person: Ada}
                metadata: {owner: support}   # not shown in the form, kept
                assert:
                  - type: contains
                    value: Ada
            # results for promptfoo's viewer
            outputPath: results.json
            """;

    @TempDir
    Path temp;

    private Workspace workspace;
    private H2Database database;
    private SuiteStore suites;
    private WorkspaceImporter importer;

    @BeforeEach
    void setUp() {
        workspace = new Workspace(temp.resolve("workspace"))
                .write("prompts/greet.prompty", prompt("Greeter", "Greet {{ person }} from {{ city }}"))
                .write("testcases/greet.yaml", SUITE);
        database = new H2Database(temp.resolve("data"));
        suites = new SuiteStore(database.jdbc(), CLOCK);
        importer = new WorkspaceImporter(new PromptStore(database.jdbc(), CLOCK), suites, database.transactions());
        importer.importWorkspace(workspace.root());
    }

    @AfterEach
    void tearDown() {
        database.shutdown();
    }

    private SuiteEditing editing(boolean writesFiles) {
        return new SuiteEditing(workspace.root().toString(), writesFiles, suites, importer);
    }

    private String file() throws Exception {
        return Files.readString(workspace.root().resolve("testcases/greet.yaml"));
    }

    @Test
    void aSuiteOpensWithItsCasesWholeItsPromptsVariablesAndTheVersionItIsBasedOn() throws Exception {
        // when
        SuiteDraft draft = editing(true).open("greet");

        // then
        assertThat(draft.basedOn()).isEqualTo(1);
        assertThat(draft.cases()).containsExactly(Map.of("description", "first", "vars", Map.of("person", "Ada"),
                "metadata", Map.of("owner", "support"),
                "assert", List.of(Map.of("type", "contains", "value", "Ada"))));
        assertThat(draft.prompts()).containsExactly("file://prompts/greet.prompty");
        assertThat(draft.providers()).containsExactly("echo");
        assertThat(draft.variables()).containsExactly("person", "city");
        assertThat(draft.defaultsEditable()).isTrue();
    }

    @Test
    void aSavedCaseIsWrittenIntoTheFileWhichKeepsItsCommentsReadsBackAndPassesCheckFiles() throws Exception {
        // given
        SuiteEditing editing = editing(true);
        SuiteDraft draft = editing.open("greet");
        List<Map<String, Object>> cases = new ArrayList<>(draft.cases());
        cases.add(testCase("second", vars("person", "Bob", "city", "Oslo"),
                vars("type", "icontains", "value", "bob", "weight", 2.0)));
        Map<String, Object> defaults = Map.of("vars", Map.of("city", "Paris"));

        // when
        SuiteSave result = editing.save(draft.edited(cases, defaults, draft.prompts(), draft.providers()));

        // then
        assertThat(result).isInstanceOf(SuiteSave.Saved.class);
        assertThat(((SuiteSave.Saved) result).version()).isEqualTo(2);
        assertThat(file()).startsWith("# Greetings, reviewed by the support team\ndescription: Suite of greetings\n"
                        + "prompts:\n  - file://prompts/greet.prompty\nproviders:\n  - echo   # the built-in model\n")
                .contains("    metadata:\n      owner: support\n", "  - description: second\n",
                        "weight: 2\n", "defaultTest:\n  vars:\n    city: Paris\n")
                .contains("# results for promptfoo's viewer\noutputPath: results.json\n");
        SuiteDocument read = new SuiteLoader(InputLimits.configured()).load(workspace.root(),
                workspace.root().resolve("testcases/greet.yaml"), "testcases/greet.yaml");
        assertThat(read.tests()).extracting(TestCaseDefinition::description, TestCaseDefinition::vars)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("first", Map.of("person", "Ada")),
                        org.assertj.core.groups.Tuple.tuple("second", Map.of("person", "Bob", "city", "Oslo")));
        assertThat(((SuiteSave.Saved) result).draft().cases()).isEqualTo(PlainValues.copy(cases));
        assertThat(checkFiles()).isZero();

        // when the workspace is imported again, as the watcher does after the write
        importer.importWorkspace(workspace.root());

        // then
        assertThat(suites.versionCount("greet")).isEqualTo(2);
        assertThat(editing.save(((SuiteSave.Saved) result).draft())).isInstanceOf(SuiteSave.Unchanged.class);
    }

    @Test
    void savingWhatWasOpenedWritesNothing() throws Exception {
        // given
        SuiteDraft draft = editing(true).open("greet");

        // when
        SuiteSave result = editing(true).save(draft.edited(draft.cases(), draft.defaultTest(), draft.prompts(),
                draft.providers()));

        // then
        assertThat(result).isEqualTo(new SuiteSave.Unchanged());
        assertThat(file()).isEqualTo(SUITE);
    }

    @Test
    void anEditThatDoesNotReadAsASuiteIsRefusedWithItsLineAndTheFileIsUntouched() throws Exception {
        // given
        SuiteDraft draft = editing(true).open("greet");
        List<Map<String, Object>> cases = new ArrayList<>(draft.cases());
        cases.add(testCase("bad", Map.of("person", "Eve"), Map.of("type", "containz", "value", "x")));

        // when
        SuiteSave result = editing(true).save(draft.edited(cases, draft.defaultTest(), draft.prompts(),
                draft.providers()));

        // then
        assertThat(result).isInstanceOfSatisfying(SuiteSave.Refused.class, refused -> assertThat(refused.problems())
                .singleElement().asString().startsWith("testcases/greet.yaml:").contains("containz"));
        assertThat(file()).isEqualTo(SUITE);
        assertThat(suites.versionCount("greet")).isEqualTo(1);
    }

    @Test
    void aSaveAfterAnotherTabSavedIsRefusedAndWritesNothing() throws Exception {
        // given: two tabs open version 1; the first saves
        SuiteEditing editing = editing(true);
        SuiteDraft first = editing.open("greet");
        SuiteDraft second = editing.open("greet");
        editing.save(first.edited(List.of(), first.defaultTest(), first.prompts(), first.providers()));
        String saved = file();

        // when
        SuiteSave result = editing.save(second.edited(second.cases(), Map.of("vars", Map.of("city", "Rome")),
                second.prompts(), second.providers()));

        // then
        assertThat(result).isEqualTo(new SuiteSave.Stale("Not saved: version 2 of the suite was stored (saved in "
                + "another tab, or testcases/greet.yaml changed on disk) after you opened version 1. Your edits are "
                + "still here: reload to see the new version, then make them again."));
        assertThat(file()).isEqualTo(saved);
    }

    @Test
    void aSaveAfterTheFileChangedOnDiskIsRefusedBeforeTheChangeIsImported() throws Exception {
        // given
        SuiteDraft draft = editing(true).open("greet");
        workspace.write("testcases/greet.yaml", SUITE + "# edited in an editor\n");

        // when
        SuiteSave result = editing(true).save(draft.edited(List.of(), draft.defaultTest(), draft.prompts(),
                draft.providers()));

        // then
        assertThat(result).isInstanceOfSatisfying(SuiteSave.Stale.class, stale -> assertThat(stale.message())
                .startsWith("Not saved: testcases/greet.yaml changed on disk after you opened it."));
        assertThat(file()).endsWith("# edited in an editor\n");
    }

    @Test
    void casesOfOtherFilesAreShownReadOnlyWithTheirLineAndTheReferenceIsKept() throws Exception {
        // given
        workspace.write("testcases/more.csv", "person,city\nCy,Rome\n")
                .write("testcases/greet.yaml", "prompts: [file://prompts/greet.prompty]\ntests:\n"
                        + "  - file://more.csv\n  - vars: {person: Ada, city: Oslo}\n");
        importer.importWorkspace(workspace.root());
        SuiteEditing editing = editing(true);
        SuiteDraft draft = editing.open("greet");

        // when
        List<Map<String, Object>> cases = new ArrayList<>(draft.cases());
        cases.add(testCase("new", vars("person", "Di", "city", "Lima")));
        SuiteSave result = editing.save(draft.edited(cases, draft.defaultTest(), draft.prompts(), draft.providers()));

        // then
        assertThat(draft.fileCases()).singleElement().satisfies(c -> {
            assertThat(c.vars()).isEqualTo(Map.of("person", "Cy", "city", "Rome"));
            assertThat(c.location()).isEqualTo("testcases/more.csv:2");
        });
        assertThat(result).isInstanceOf(SuiteSave.Saved.class);
        assertThat(file()).isEqualTo("prompts: [file://prompts/greet.prompty]\ntests:\n  - file://more.csv\n"
                + "  - vars:\n      person: Ada\n      city: Oslo\n  - description: new\n    vars:\n      person: Di\n"
                + "      city: Lima\n");
    }

    @Test
    void aNewSuiteIsWrittenToItsFileAndImported() throws Exception {
        // when
        SuiteSave result = editing(true).create("hello", "Says hello", List.of("greet"), List.of("echo"));

        // then
        assertThat(result).isInstanceOf(SuiteSave.Saved.class);
        assertThat(Files.readString(workspace.root().resolve("testcases/hello.yaml"))).isEqualTo("""
                description: Says hello
                prompts:
                  - file://prompts/greet.prompty
                providers:
                  - echo
                tests: []
                """);
        assertThat(suites.latest("hello")).isPresent();
        assertThat(editing(true).create("hello", "", List.of("greet"), List.of()))
                .isEqualTo(new SuiteSave.Refused(List.of("name: there is a suite named 'hello' already")));
    }

    @Test
    void withTheSettingOffNothingIsWritten() throws Exception {
        // given
        SuiteDraft draft = editing(false).open("greet");

        // when
        SuiteSave result = editing(false).save(draft.edited(List.of(), Map.of(), List.of(), List.of()));

        // then
        assertThat(result).isEqualTo(new SuiteSave.Refused(List.of("Editing writes testcases/greet.yaml, and the "
                + "setting promptsmith.editor.write-files is off.")));
        assertThat(file()).isEqualTo(SUITE);
    }

    private int checkFiles() {
        StringWriter out = new StringWriter();
        int exit = new CommandLine(new PromptsmithCli()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(out, true)).execute("check-files", workspace.root().toString());
        assertThat(out.toString()).contains("0 problems");
        return exit;
    }

    private static Map<String, Object> vars(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @SafeVarargs
    private static Map<String, Object> testCase(String description, Map<String, Object> vars,
                                                Map<String, Object>... checks) {
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("description", description);
        test.put("vars", new LinkedHashMap<>(vars));
        if (checks.length > 0) {
            test.put("assert", List.of(checks));
        }
        return test;
    }
}
