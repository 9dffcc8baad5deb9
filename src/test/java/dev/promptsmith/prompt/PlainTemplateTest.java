package dev.promptsmith.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.shared.InputLimits;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The direct filling-in of plain templates gives what Jinjava gives, and leaves the rest to Jinjava. */
class PlainTemplateTest {

    private static final List<String> PIECES = List.of("Hello ", "{{ name }}", "{{name}}", "{{  topic  }}", "\n",
            "{ not a tag }", "}", "{", "text with ünïcödé ✓", "{{ name }}!", "  ", "\t", "{{ missing }}",
            "{{ number }}", "{{ name | upper }}", "{{ a.b }}", "{% if name %}x{% endif %}", "{# note #}", "{{- name }}",
            "}}", "{{", "${dollar}", "\\{{ escaped }}", "{{ none }}", "{{ loop }}");
    private static final List<String> VALUES = List.of("Ada", "", "two\nlines\n", "{{ name }}", "{% if x %}y{% endif %}",
            "trailing newline\n", "  spaced  ", "\\n", "<b>html</b> & co", "😀 emoji");

    private final TemplateEngine jinjava = new TemplateEngine(InputLimits.DEFAULTS);

    @Property(tries = 500)
    void fillsInAsJinjavaDoesOrLeavesItToJinjava(@ForAll("templates") String template, @ForAll("values") String name,
                                                 @ForAll("values") String topic) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", name);
        values.put("topic", topic);
        values.put("number", 42);

        String plain = PlainTemplate.render(template, values);

        if (plain != null) {
            assertThat(plain).isEqualTo(jinjavaRender(template, values));
        }
    }

    @Property(tries = 300)
    void aTemplateTakenForPlainHasNoProblemsJinjavaWouldFind(@ForAll("templates") String template) {
        if (PlainTemplate.plain(template)) {
            assertThat(jinjava.problemsFromJinjava(template, new RenderBudget(InputLimits.DEFAULTS))).isEmpty();
            assertThat(PlainTemplate.names(template)).containsExactlyElementsOf(
                    new TemplateVariables().fromSyntaxTree(template));
        }
    }

    @Test
    void plainTemplatesAreTextAndPlaceholdersOnly() {
        assertThat(PlainTemplate.plain("Hi {{ name }}, {{name}}.\n")).isTrue();
        assertThat(PlainTemplate.plain("no placeholders")).isTrue();
        assertThat(PlainTemplate.plain("{{ name | upper }}")).isFalse();
        assertThat(PlainTemplate.plain("{% if x %}{% endif %}")).isFalse();
        assertThat(PlainTemplate.plain("{{ name")).isFalse();
        assertThat(PlainTemplate.plain("{{ a.b }}")).isFalse();
    }

    @Test
    void onlyPlainTextAndTextPlaceholdersAreFilledInDirectly() {
        Map<String, Object> values = Map.of("name", "Ada", "number", 42);

        assertThat(PlainTemplate.render("Hi {{ name }}, {{name}}.\n", values)).isEqualTo("Hi Ada, Ada.\n");
        assertThat(PlainTemplate.render("no placeholders at all", values)).isEqualTo("no placeholders at all");
        assertThat(PlainTemplate.render("{{ number }}", values)).as("not text").isNull();
        assertThat(PlainTemplate.render("{{ missing }}", values)).as("no value: Jinjava names it").isNull();
        assertThat(PlainTemplate.render("{{ name | upper }}", values)).isNull();
        assertThat(PlainTemplate.render("{% if name %}x{% endif %}", values)).isNull();
        assertThat(PlainTemplate.render("{{ name", values)).isNull();
    }

    @Provide
    Arbitrary<String> templates() {
        return Arbitraries.of(PIECES).list().ofMinSize(0).ofMaxSize(8).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.of(VALUES);
    }

    private String jinjavaRender(String template, Map<String, Object> values) {
        try {
            return jinjava.renderWithJinjava(template, values, new RenderBudget(InputLimits.DEFAULTS));
        } catch (TemplateEngine.TemplateFailure e) {
            return "failure: " + e.getMessage();
        }
    }
}
