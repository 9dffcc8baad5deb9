package dev.promptsmith.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.check.CaseVerdict;
import dev.promptsmith.check.CheckResult;
import dev.promptsmith.model.FinishReason;
import dev.promptsmith.model.ModelErrorKind;
import dev.promptsmith.model.ModelResponse;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.ProviderKind;
import dev.promptsmith.model.RawExchange;
import dev.promptsmith.prompt.PromptyParser;
import dev.promptsmith.suite.results.CaseStats;
import dev.promptsmith.run.Cell;
import dev.promptsmith.run.CellResult;
import dev.promptsmith.run.RunReport;
import dev.promptsmith.suite.TestCaseDefinition;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportFilesTest {

    @TempDir
    Path temp;

    private final ModelTarget model = new ModelTarget(null, "sim <1>", ProviderKind.OPENAI, "m", null, null, Map.of());

    @Test
    void theJunitXmlIsReadByMavenSurefiresOwnReportParser() throws Exception {
        // given: a pass, a failed check with awkward characters, a model error
        RunReport report = new RunReport("invoice & co", 7L, List.of(
                passed(cell(0, "extracts the total")),
                failed(cell(1, "quotes \"and\" <tags>"), "Expected output to contain \"total\", but it did not",
                        "{\"a\": 1} \u0001 \uD800 end"),
                errored(cell(2, ""))), Duration.ofMillis(1500));
        Path xml = temp.resolve("junit.xml");

        // when
        RunReportJunit.write(report, xml);
        List<ReportTestSuite> suites;
        try (InputStreamReader reader = new InputStreamReader(Files.newInputStream(xml), StandardCharsets.UTF_8)) {
            suites = new TestSuiteXmlParser(new NullConsoleLogger()).parse(reader);
        }

        // then
        assertThat(suites).singleElement().satisfies(suite -> {
            assertThat(suite.getNumberOfTests()).isEqualTo(3);
            assertThat(suite.getNumberOfFailures()).isEqualTo(1);
            assertThat(suite.getNumberOfErrors()).isEqualTo(1);
            List<ReportTestCase> cases = suite.getTestCases();
            assertThat(cases).extracting(ReportTestCase::getName).containsExactly(
                    "extracts the total [sim <1>]", "quotes \"and\" <tags> [sim <1>]", "test 3 [sim <1>]");
            assertThat(cases.get(0).isSuccessful()).isTrue();
            assertThat(cases.get(1).hasFailure()).isTrue();
            assertThat(cases.get(1).getFailureMessage()).isEqualTo("Expected output to contain \"total\", but it did not");
            assertThat(cases.get(1).getFailureType()).isEqualTo("CheckFailed");
            assertThat(cases.get(2).hasError()).isTrue();
            assertThat(cases.get(2).getFailureType()).isEqualTo("ModelError.SERVER_ERROR");
        });
    }

    @Test
    void theJsonResultCanBeReadBackAsABaseline() throws Exception {
        RunReport report = new RunReport("s", 3L, List.of(passed(cell(0, "a")), failed(cell(1, "b"), "nope", "x")),
                Duration.ofSeconds(1));
        Path json = temp.resolve("results.json");

        RunReportJson.write(report, json);
        List<CaseStats> cases = RunReportJson.readCases(json);

        assertThat(cases).hasSize(2);
        assertThat(cases.get(0).passedAll()).isTrue();
        assertThat(cases.get(1).passed()).isZero();
        assertThat(cases).extracting(CaseStats::caseKey)
                .containsExactlyElementsOf(report.cases().stream().map(CaseStats::caseKey).toList());
    }

    @Test
    void theJsonResultIsPrettyPrintedAsPeopleWriteJsonWithoutASpaceBeforeTheColon() throws Exception {
        // given
        RunReport report = new RunReport("s", 3L, List.of(passed(cell(0, "a"))), Duration.ofSeconds(1));
        Path json = temp.resolve("results.json");

        // when
        RunReportJson.write(report, json);

        // then
        String text = Files.readString(json);
        assertThat(text).contains("\"suite\": \"s\"").doesNotContain(" : ");
        assertThat(text.lines().count()).isGreaterThan(10);
    }

    private Cell cell(int position, String description) throws Exception {
        var prompt = new PromptyParser().parse("p.prompty", "p", "---\n---\nuser:\nHi\n");
        var test = new TestCaseDefinition(position, description, Map.of(), List.of(), Map.of(), List.of(), 1);
        return new Cell(0, prompt, position + 1, test, 0, model, 0);
    }

    private static ModelResponse response(String text) {
        return new ModelResponse(text, FinishReason.STOP, 3, 4, false, Duration.ofMillis(120), null,
                new BigDecimal("0.0001"), "id", RawExchange.NONE);
    }

    private static CellResult passed(Cell cell) {
        return new CellResult(cell, response("total: 3"), new CaseVerdict(true, 1,
                List.of(new CheckResult("contains", null, 1, true, 1, "ok"))), null, null, 1, false, "h");
    }

    private static CellResult failed(Cell cell, String reason, String output) {
        return new CellResult(cell, response(output), new CaseVerdict(false, 0,
                List.of(new CheckResult("contains", null, 1, false, 0, reason))), null, null, 1, false, "h");
    }

    private static CellResult errored(Cell cell) {
        return CellResult.failed(cell, "sim: server error (HTTP 500)", ModelErrorKind.SERVER_ERROR, 3, "h");
    }
}
