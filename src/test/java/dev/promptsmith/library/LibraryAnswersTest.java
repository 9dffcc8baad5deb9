package dev.promptsmith.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.check.CaseVerdict;
import dev.promptsmith.check.CheckResult;
import dev.promptsmith.shared.Json;
import dev.promptsmith.suite.SuiteDocument;
import dev.promptsmith.suite.TestCaseDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The library's checks tell a right answer from a plausible wrong one: they test the task, not the wording. */
class LibraryAnswersTest {

    /** A precise pattern per regex-generation case, in the suite's order. */
    private static final List<String> PATTERNS = List.of(
            "^\\d{5}$",
            "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$",
            "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",
            "^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$",
            "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$",
            "^[A-Za-z]\\w{2,15}$",
            "^([01]\\d|2[0-3]):[0-5]\\d$",
            "^\\d{5}(-\\d{4})?$",
            "^\\d{8,12}$",
            "^[a-z]+(,[a-z]+)*$");

    @Test
    void aPreciseRegexPassesEveryCaseAndOneFittedToTheExamplesPassesNone() throws Exception {
        SuiteDocument suite = LibraryFiles.suite("regex-generation");
        assertThat(suite.tests()).hasSameSizeAs(PATTERNS);

        for (TestCaseDefinition test : suite.tests()) {
            // given
            String precise = regexAnswer(PATTERNS.get(test.position()));
            String fitted = regexAnswer(String.valueOf(test.vars().get("should_match")).lines()
                    .filter(line -> !line.isBlank()).map(line -> line.strip().replaceAll("[.^$*+?()\\[\\]{}|\\\\]", "\\\\$0"))
                    .collect(Collectors.joining("|", "^(", ")$")));

            // when
            CaseVerdict right = LibraryFiles.grade(suite, test, precise);
            CaseVerdict overfitted = LibraryFiles.grade(suite, test, fitted);

            // then
            assertThat(right.pass()).as(test.description() + ": " + failures(right)).isTrue();
            assertThat(overfitted.pass()).as(test.description() + " with " + fitted).isFalse();
            assertThat(failures(overfitted)).as(test.description()).contains("held-out examples wrong");
        }
    }

    @Test
    void theExpectedCompletionPassesAndTheCutTextOrAnInventedValueDoesNot() throws Exception {
        SuiteDocument suite = LibraryFiles.suite("complete-truncated-json");

        for (TestCaseDefinition test : suite.tests()) {
            // given
            Object expected = test.checks().stream().filter(check -> "equals".equals(check.config().get("type")))
                    .findFirst().orElseThrow().config().get("value");
            String payload = String.valueOf(test.vars().get("payload"));

            // when
            CaseVerdict right = LibraryFiles.grade(suite, test, Json.write(expected));
            CaseVerdict invented = LibraryFiles.grade(suite, test, Json.write(withInvention(expected)));
            CaseVerdict cut = LibraryFiles.grade(suite, test, payload);

            // then
            assertThat(right.pass()).as(test.description() + ": " + failures(right)).isTrue();
            assertThat(invented.pass()).as(test.description()).isFalse();
            assertThat(failures(invented)).as(test.description()).contains("not in the payload");
            assertThat(cut.pass()).as(test.description()).isEqualTo(isJson(payload));
        }
    }

    @Test
    void aRedactionThatKeepsTheRestPassesAndOneThatLeavesTheIbanFails() throws Exception {
        SuiteDocument suite = LibraryFiles.suite("pii-redaction");
        TestCaseDefinition ticket = suite.tests().getFirst();
        String redacted = """
                Hi, this is [NAME] ([EMAIL], [PHONE]). My order 88213 arrived
                damaged. Please refund it to [IBAN]. I live at [ADDRESS].
                """;

        assertThat(LibraryFiles.grade(suite, ticket, redacted).pass()).as(failures(LibraryFiles.grade(suite, ticket,
                redacted))).isTrue();
        CaseVerdict leaky = LibraryFiles.grade(suite, ticket, redacted.replace("[IBAN]", "DE89 3704 0044 0532 0130 00"));
        assertThat(leaky.pass()).isFalse();
        assertThat(leaky.checks()).filteredOn(check -> !check.pass()).extracting(CheckResult::metric)
                .contains("ibans");
    }

    @Test
    void aQueryOverTheSchemaPassesAndOneOverAnInventedTableFails() throws Exception {
        SuiteDocument suite = LibraryFiles.suite("sql-from-schema");
        TestCaseDefinition topFive = suite.tests().getFirst();
        String query = """
                SELECT c.id, c.name, SUM(o.total_cents) / 100.0 AS spent_eur
                FROM customers c
                JOIN orders o ON o.customer_id = c.id
                WHERE c.country = 'DE' AND o.status = 'paid'
                  AND o.ordered_at >= '2024-01-01' AND o.ordered_at < '2025-01-01'
                GROUP BY c.id, c.name
                ORDER BY spent_eur DESC, c.id
                LIMIT 5;""";

        assertThat(LibraryFiles.grade(suite, topFive, query).pass()).as(failures(LibraryFiles.grade(suite, topFive,
                query))).isTrue();
        CaseVerdict invented = LibraryFiles.grade(suite, topFive, query.replace("JOIN orders o", "JOIN purchases o"));
        assertThat(invented.pass()).isFalse();
        assertThat(failures(invented)).contains("allowedTables");
    }

    private static String regexAnswer(String pattern) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("pattern", pattern);
        answer.put("flags", "");
        answer.put("explanation", "Anchored at both ends; see the pattern.");
        return Json.write(answer);
    }

    /** The expected value with one more key (an object) or element (an array) that the payload never had. */
    private static Object withInvention(Object expected) {
        if (expected instanceof Map<?, ?> map) {
            Map<Object, Object> more = new LinkedHashMap<>(map);
            more.put("invented_key", "invented value");
            return more;
        }
        List<Object> more = new java.util.ArrayList<>((List<?>) expected);
        more.add(Map.of("invented_key", "invented value"));
        return more;
    }

    private static boolean isJson(String text) {
        try {
            Json.readObject(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String failures(CaseVerdict verdict) {
        return verdict.checks().stream().filter(check -> !check.pass())
                .map(check -> check.type() + ": " + check.reason()).collect(Collectors.joining("; "));
    }
}
