package dev.promptsmith.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.promptsmith.shared.FileProblem;
import dev.promptsmith.shared.InputLimits;
import dev.promptsmith.suite.CaseImport.Case;
import dev.promptsmith.suite.CaseImport.Format;
import dev.promptsmith.suite.CaseImport.Result;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CSV and JSON Lines text read into the test entries a suite's {@code tests:} list holds. */
class CaseImportTest {

    private final CaseImport cases = new CaseImport(InputLimits.DEFAULTS);

    private Result csv(String text) {
        return cases.read("cases.csv", text, Format.CSV);
    }

    private static Map<String, Object> check(Object... keysAndValues) {
        Map<String, Object> check = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            check.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return check;
    }

    @Test
    void aCsvRowIsATestWithAVariablePerColumnAndACheckPerExpectedColumn() {
        // when
        Result result = csv("""
                city,country,__expected,__expected2,__expected3
                Paris,France,contains:Paris,not-icontains: rome ,similar(0.9):capital
                """);

        // then
        assertThat(result.problems()).isEmpty();
        assertThat(result.cases()).containsExactly(new Case(Map.of(
                "description", "Row #1",
                "vars", Map.of("city", "Paris", "country", "France"),
                "assert", List.of(check("type", "contains", "value", "Paris"),
                        check("type", "not-icontains", "value", "rome"),
                        check("type", "similar", "value", "capital", "threshold", 0.9))), 2));
    }

    @Test
    void everyColumnPromptfooReadsIsWhereAYamlTestHasIt() {
        // when
        Result result = csv("""
                q,__expected1,__expected2,__description,__prefix,__suffix,__metric,__threshold,__metadata:topic,\
                __metadata:tags[],__config:__expected2:threshold
                hi,equals:hello,similar:greeting,Greets,P: ,!,politeness,0.5,small talk,"a, b\\,c",0.7
                """);

        // then
        assertThat(result.problems()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.cases()).singleElement().isEqualTo(new Case(Map.of(
                "description", "Greets",
                "threshold", 0.5,
                "vars", Map.of("q", "hi"),
                "assert", List.of(check("type", "equals", "value", "hello", "metric", "politeness"),
                        check("type", "similar", "value", "greeting", "threshold", 0.7, "metric", "politeness")),
                "options", Map.of("prefix", "P: ", "suffix", "!"),
                "metadata", Map.of("topic", "small talk", "tags", List.of("a", "b,c"), "threshold", 0.7)), 2));
    }

    @Test
    void quotedCellsHoldCommasQuotesAndLineBreaksAndTheNextRowKeepsItsLine() {
        // when
        Result result = csv("""
                text,__expected
                "one, two","contains-any:a,""b, c""\"
                "line 1
                line 2",icontains:LINE
                """);

        // then
        assertThat(result.problems()).isEmpty();
        assertThat(result.cases()).extracting(Case::line).containsExactly(2, 3);
        assertThat(result.cases().getFirst().test()).containsEntry("vars", Map.of("text", "one, two"))
                .containsEntry("assert", List.of(check("type", "contains-any", "value", List.of("a", "b, c"))));
        assertThat(result.cases().get(1).test()).containsEntry("vars", Map.of("text", "line 1\nline 2"));
    }

    @Test
    void aByteOrderMarkWindowsLineEndsAndEmptyLinesChangeNothing() {
        // when
        Result result = csv("\uFEFFcity,__expected\r\n\r\nParis,Paris\r\n\r\nRome,Rome\r\n\r\n");

        // then
        assertThat(result.problems()).isEmpty();
        assertThat(result.cases()).extracting(c -> c.test().get("vars"), Case::line)
                .containsExactly(tuple(Map.of("city", "Paris"), 3),
                        tuple(Map.of("city", "Rome"), 5));
    }

    @Test
    void aBadRowIsAProblemAtItsLineAndTheGoodRowsCanStillBeTaken() {
        // when
        Result result = csv("""
                city,__expected,__threshold
                Paris,contains:Paris,0.5
                Rome,contains:Rome
                Oslo,contains-all:"a,0.5
                Bern,contains:Bern,half
                Kyiv,contains:Kyiv,1
                """);

        // then
        assertThat(result.problems()).containsExactly(
                new FileProblem("cases.csv", 3, "row 2 has 2 values for 3 columns"),
                new FileProblem("cases.csv", 4, "column __expected: a quoted value is not closed: \"a"),
                new FileProblem("cases.csv", 5, "column __threshold: 'half' is not a number"));
        assertThat(result.good()).extracting(c -> c.test().get("vars"))
                .containsExactly(Map.of("city", "Paris"), Map.of("city", "Kyiv"));
    }

    @Test
    void aCsvQuoteLeftOpenIsAProblemAtTheRowItOpensAndTheRowsBeforeItAreKept() {
        // when
        Result result = csv("city,__expected\nParis,Paris\nRome,\"Rome\n");

        // then
        assertThat(result.cases()).extracting(Case::line).containsExactly(2);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).isEqualTo("not a CSV file promptfoo reads: a quoted value is not closed "
                    + "(a \" opens it and no \" closes it)");
        });
    }

    @Test
    void aColumnPromptsmithCannotRunAsPromptfooWouldIsAProblemNotAVariable() {
        // when
        Result result = csv("city,__providerOutput\nParis,Paris\n");

        // then
        assertThat(result.problems()).extracting(FileProblem::line).containsExactly(2);
        assertThat(result.problems().getFirst().message()).contains("__providerOutput");
        assertThat(result.good()).isEmpty();
    }

    @Test
    void aJsonLinesLineIsOneTestAndALineThatIsNoObjectIsAProblemNamingItsLine() {
        // when
        Result result = cases.read("cases.jsonl", """
                {"vars": {"city": "Paris"}, "assert": [{"type": "contains", "value": "Paris"}]}

                ["not", "a", "test"]
                {"vars": {"city": "Rome"}, "assert": [{"type": "contians", "value": "Rome"}]}
                {"vars": {"city": "Oslo"}
                {"description": "Bern", "vars": {"city": "Bern"}}
                """, Format.JSON_LINES);

        // then
        assertThat(result.cases()).extracting(Case::line).containsExactly(1, 4, 6);
        assertThat(result.cases().getFirst().test()).isEqualTo(Map.of("vars", Map.of("city", "Paris"),
                "assert", List.of(Map.of("type", "contains", "value", "Paris"))));
        assertThat(result.problems()).extracting(FileProblem::line).containsExactly(3, 4, 5);
        assertThat(result.problems().getFirst().message())
                .isEqualTo("each line of a JSON Lines file of tests is one test (an object)");
        assertThat(result.problems().get(1).message()).contains("contians").contains("contains");
        assertThat(result.problems().get(2).message()).startsWith("YAML syntax");
        assertThat(result.good()).extracting(Case::line).containsExactly(1, 6);
    }

    @Test
    void aKeyThatChangesNothingIsAWarningAndOneThatCouldChangeTheRunIsAProblem() {
        // when
        Result result = cases.read("cases.jsonl", """
                {"vars": {"q": "hi"}, "options": {"runSerially": true}}
                {"vars": {"q": "hi"}, "threshold": "high"}
                {"vars": {"q": "hi"}, "colour": "blue"}
                """, Format.JSON_LINES);

        // then
        assertThat(result.warnings()).extracting(FileProblem::line).containsExactly(1);
        assertThat(result.problems()).extracting(FileProblem::line, FileProblem::message).containsExactly(
                tuple(2, "'threshold' must be a number, not 'high'"),
                tuple(3, PromptfooKeys.refused(PromptfooKeys.Scope.TEST,
                        "colour")));
        assertThat(result.good()).extracting(Case::line).containsExactly(1);
    }

    @Test
    void aVariableThatNamesAFileSaysWhereItWillBeReadFrom() {
        // when
        Result result = csv("doc,__expected\nfile://docs/a.txt,contains:x\nplain text,contains:x\n");

        // then: the case is kept, and the preview says the path now counts from the suite's folder
        assertThat(result.good()).extracting(Case::line).containsExactly(2, 3);
        assertThat(result.warnings()).extracting(FileProblem::line).containsExactly(2);
        assertThat(result.warnings().getFirst().message()).contains("vars.doc names a file (file://docs/a.txt)",
                "relative to the suite's folder");
    }

    @Test
    void textOverTheFileSizeLimitIsRefusedWhole() {
        // given
        CaseImport small = new CaseImport(new InputLimits(Duration.ofSeconds(2), 1000, 100));
        String text = "q,__expected\n" + "a question that is long enough,contains:answer\n".repeat(3);

        // when
        Result pasted = small.read("pasted", text, Format.CSV);
        Result uploaded = small.read("cases.csv", text.getBytes(StandardCharsets.UTF_8), Format.CSV);
        Result fits = small.read("pasted", text.substring(0, 60), Format.CSV);

        // then
        assertThat(pasted.cases()).isEmpty();
        assertThat(pasted.problems()).singleElement().hasToString("pasted:1: the file is " + text.length()
                + " bytes, more than the 100 bytes a file may have (setting promptsmith.max-file-size); it is not read");
        assertThat(uploaded.problems()).singleElement().extracting(FileProblem::line).isEqualTo(0);
        assertThat(fits.problems()).isEmpty();
        assertThat(fits.cases()).hasSize(1);
    }

    @Test
    void moreCasesThanTheLimitAreRefusedWholeWithoutReadingThemAll() {
        // given
        CaseImport two = new CaseImport(InputLimits.DEFAULTS, 2);

        // when
        Result csv = two.read("cases.csv", "q\na\nb\nc\nd\n", Format.CSV);
        Result jsonLines = two.read("cases.jsonl", "{}\n{}\n\n{}\n", Format.JSON_LINES);
        Result fits = two.read("cases.csv", "q\na\nb\n", Format.CSV);

        // then
        assertThat(csv.problems()).containsExactly(new FileProblem("cases.csv", 0, "more than 2 test cases; bring "
                + "them in parts"));
        assertThat(csv.cases()).hasSize(2);
        assertThat(csv.good()).isEmpty();
        assertThat(jsonLines.problems()).extracting(FileProblem::line).containsExactly(0);
        assertThat(jsonLines.good()).isEmpty();
        assertThat(fits.problems()).isEmpty();
    }

    @Test
    void anUploadThatIsNotUtf8IsAProblemAtItsLine() {
        // when
        Result result = cases.read("cases.csv", "city\nZ\u00fcrich\n".getBytes(StandardCharsets.ISO_8859_1), Format.CSV);

        // then
        assertThat(result.cases()).isEmpty();
        assertThat(result.problems()).singleElement().extracting(FileProblem::line).isEqualTo(2);
    }

    @Test
    void textWithoutCasesIsAProblem() {
        assertThat(csv("city,__expected\n").problems()).singleElement().extracting(FileProblem::message)
                .asString().startsWith("no test cases");
        assertThat(cases.read("x", "\n\n", Format.JSON_LINES).problems()).hasSize(1);
    }

    @Test
    void theFormatIsTheFilesExtensionOrElseGuessedFromTheText() {
        assertThat(Format.ofFileName("Cases.CSV")).contains(Format.CSV);
        assertThat(Format.ofFileName("cases.jsonl")).contains(Format.JSON_LINES);
        assertThat(Format.ofFileName("cases.xlsx")).isEmpty();
        assertThat(Format.guess("\uFEFF\n  {\"vars\": {}}")).isEqualTo(Format.JSON_LINES);
        assertThat(Format.guess("city,__expected\n")).isEqualTo(Format.CSV);
    }
}
