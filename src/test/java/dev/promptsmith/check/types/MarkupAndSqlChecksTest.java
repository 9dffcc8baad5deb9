package dev.promptsmith.check.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The HTML, XML and SQL checks on the outputs promptfoo's documentation lists, and on their options. */
class MarkupAndSqlChecksTest {

    private static Verdict run(dev.promptsmith.check.Check check, Object value, String output) {
        Map<String, Object> written = new HashMap<>();
        written.put("type", check.type());
        written.put("value", value);
        return check.evaluate(CheckSpec.of(written), CheckInput.of(output));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<!DOCTYPE html><html><body><p>Hi</p></body></html>", "<div>Content</div>",
            "<h1>Title</h1><p>Paragraph</p>", "<img src=\"test.jpg\" />", "<ul>\n  <li>a<br>b</li>\n</ul>"})
    void isHtmlPassesWholeHtml(String output) {
        assertThat(run(new IsHtmlCheck(), null, output).holds()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Just text                                     | does not begin and end with markup
            Text before <div>HTML</div> text after        | does not begin and end with markup
            <?xml version="1.0"?><root>x</root>           | is an XML document
            <div>Unclosed div                             | does not begin and end with markup
            <div><span>x</div></span>                     | closes <div> while <span> is still open
            <div>a</div> loose text <p>b</p>              | has text outside its elements: "loose text"
            <section><div>x</div>                         | never closes <section>
            """)
    void isHtmlFailsAndSaysWhy(String output, String observed) {
        Verdict verdict = run(new IsHtmlCheck(), null, output);

        assertThat(verdict.holds()).isFalse();
        assertThat(verdict.observed()).isEqualTo("it " + observed);
    }

    @Test
    void containsHtmlNeedsTwoSignsSoProseWithALessThanIsNotHtml() {
        assertThat(run(new ContainsHtmlCheck(), null, "Here you go: <div class=\"x\">hi</div>").holds()).isTrue();
        assertThat(run(new ContainsHtmlCheck(), null, "Use &amp; with <br/>").holds()).isTrue();
        assertThat(run(new ContainsHtmlCheck(), null, "a < b and c > d").holds()).isFalse();
        assertThat(run(new ContainsHtmlCheck(), null, "write <example> here").observed())
                .isEqualTo("it had an opening tag");
    }

    @Test
    void containsXmlFindsTheFragmentInProseAndChecksRequiredElementsFromItsRoot() {
        String output = "Sure, here is your xml:\n<root><child>Content</child></root>\nanything else?";

        assertThat(run(new ContainsXmlCheck(), null, output).holds()).isTrue();
        assertThat(run(new ContainsXmlCheck(), Map.of("requiredElements", List.of("root.child")), output).holds()).isTrue();
        Verdict missing = run(new ContainsXmlCheck(), Map.of("requiredElements", List.of("root.sibling")), output);
        assertThat(missing.holds()).isFalse();
        assertThat(missing.observed()).isEqualTo("its XML <root> lacked [root.sibling]");
        assertThat(run(new ContainsXmlCheck(), null, "no markup <here").holds()).isFalse();
    }

    @Test
    void isXmlChecksRequiredElementsAlongTheirPath() {
        Map<String, Object> value = Map.of("requiredElements", List.of("analysis.classification", "analysis.color"));

        assertThat(run(new IsXmlCheck(), value,
                "<analysis><classification>T-shirt</classification><color>Red</color></analysis>").holds()).isTrue();
        Verdict verdict = run(new IsXmlCheck(), value, "<analysis><classification>T-shirt</classification></analysis>");
        assertThat(verdict.holds()).isFalse();
        assertThat(verdict.observed()).isEqualTo("it lacked [analysis.color]");
    }

    @Test
    void isSqlParsesStatementsAndSaysWhereOneDoesNot() {
        SqlCheck isSql = new SqlCheck("is-sql", false);

        assertThat(run(isSql, null, "SELECT id, name FROM users WHERE id = 1;").holds()).isTrue();
        assertThat(run(isSql, Map.of("databaseType", "PostgresQL"), "UPDATE t SET a = 1").holds()).isTrue();
        Verdict prose = run(isSql, null, "Sure! Here is the query you wanted.");
        assertThat(prose.holds()).isFalse();
        assertThat(prose.observed()).startsWith("it did not parse");
        assertThat(run(isSql, null, "").holds()).isFalse();
    }

    @Test
    void containsSqlAcceptsAFencedQueryInProse() {
        SqlCheck containsSql = new SqlCheck("contains-sql", true);

        assertThat(run(containsSql, null, "Here:\n```sql\nSELECT `id` FROM `users`;\n```\nDone.").holds()).isTrue();
        assertThat(run(containsSql, null, "Here:\n```sql\nSELEKT nothing\n```").holds()).isFalse();
    }

    @Test
    void allowedTablesAreCheckedAsTypeDatabaseTable() {
        SqlCheck isSql = new SqlCheck("is-sql", false);
        Map<String, Object> value = Map.of("databaseType", "MySQL",
                "allowedTables", List.of("(select|update|insert|delete)::null::departments"));

        assertThat(run(isSql, value, "SELECT name FROM departments").holds()).isTrue();
        Verdict verdict = run(isSql, value, "DELETE FROM employees WHERE id = 3");
        assertThat(verdict.holds()).isFalse();
        assertThat(verdict.observed()).isEqualTo("it used delete::null::employees, which allowedTables does not allow");
    }

    @Test
    void optionsThatCannotBeHonouredAreRefusedByName() {
        SqlCheck isSql = new SqlCheck("is-sql", false);

        assertThatThrownBy(() -> run(isSql, Map.of("allowedColumns", List.of("select::null::name")), "SELECT 1"))
                .hasMessageStartingWith("allowedColumns is not supported");
        assertThatThrownBy(() -> run(isSql, Map.of("databaseType", "Oracle9"), "SELECT 1"))
                .hasMessageStartingWith("unknown databaseType 'Oracle9'");
    }

    @Test
    void toolCallF1ReadsTheCallsOfEachProviderShape() {
        ToolCallF1Check f1 = new ToolCallF1Check();
        String openAi = "[{\"type\": \"function\", \"function\": {\"name\": \"get_weather\", \"arguments\": \"{}\"}}]";
        String responsesAndAnthropic = "{\"type\": \"function_call\", \"name\": \"get_weather\"}\n"
                + "{\"type\": \"tool_use\", \"name\": \"book_flight\", \"input\": {}}";

        assertThat(ToolCallF1Check.called(openAi)).containsExactly("get_weather");
        assertThat(ToolCallF1Check.called(responsesAndAnthropic)).containsExactly("get_weather", "book_flight");
        assertThat(ToolCallF1Check.called("{\"functionCall\": {\"name\": \"search\"}}")).containsExactly("search");
        // expected two, called one of them: precision 1, recall 0.5, F1 2/3
        Verdict half = run(f1, "get_weather, book_flight", openAi);
        assertThat(half.holds()).isFalse();
        assertThat(half.score()).isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(run(f1, List.of("get_weather", "book_flight"), responsesAndAnthropic).holds()).isTrue();
    }
}
