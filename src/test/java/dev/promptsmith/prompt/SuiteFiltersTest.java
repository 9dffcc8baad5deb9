package dev.promptsmith.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.shared.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A suite's own template filters (promptfoo's nunjucksFilters): in its renders only, with their arguments. */
class SuiteFiltersTest {

    private final PromptyParser parser = new PromptyParser();
    private final Map<String, TemplateFilter> filters = Map.of(
            "shout", (value, arguments) -> value.toString().toUpperCase() + "!",
            "wrap", (value, arguments) -> arguments.get(0) + String.valueOf(value) + arguments.get(1),
            "count", (value, arguments) -> value instanceof List<?> list ? list.size() : -1);

    private PromptDocument prompt(String text) throws Exception {
        return parser.parsePromptfooText("testcases/s.yaml", 3, "s", "label", "test", text, List.copyOf(filters.keySet()));
    }

    @Test
    void aSuitesFilterIsCalledWithTheValueAndTheArguments() throws Exception {
        // given
        PromptRenderer renderer = new PromptRenderer().withFilters(filters);

        // when
        List<RenderedMessage> rendered = renderer.render(prompt(
                "{{ word | shout }} {{ word | wrap('<', '>') }} {{ items | count }} {{ word | upper | shout }}"),
                Map.of("word", "hi", "items", List.of("a", "b", "c")));

        // then
        assertThat(rendered).containsExactly(new RenderedMessage(Role.USER, "HI! <hi> 3 HI!"));
    }

    @Test
    void anotherRendererDoesNotSeeTheFilters() throws Exception {
        // given
        PromptRenderer suites = new PromptRenderer().withFilters(filters);
        assertThat(suites.renderText("{{ word | shout }}", Map.of("word", "a"), "check")).isEqualTo("A!");

        // then
        assertThatThrownBy(() -> new PromptRenderer().renderText("{{ word | shout }}", Map.of("word", "a"), "check"))
                .isInstanceOf(RenderException.class).hasMessageContaining("shout");
        assertThat(new PromptRenderer().render(prompt("say {{ word | shout }}."), Map.of("word", "a")))
                .containsExactly(new RenderedMessage(Role.USER, "say ."));
    }

    @Test
    void aFilterThatFailsFailsTheRenderNamingTheFilterAndItsReason() throws Exception {
        // given
        PromptRenderer renderer = new PromptRenderer().withFilters(Map.of("shout", (value, arguments) -> {
            throw new IllegalStateException("filters/shout.js: did not finish within 5.0 s and was stopped");
        }));

        // then
        assertThatThrownBy(() -> renderer.render(prompt("Say {{ word | shout }}"), Map.of("word", "a")))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("filter 'shout' failed: filters/shout.js: did not finish within 5.0 s");
    }

    @Test
    void aCheckValueIsFilledWithTheFiltersToo() throws Exception {
        assertThat(new PromptRenderer().withFilters(filters).renderText("{{ answer | shout }}", Map.of("answer", "ok"),
                "check 'equals' value")).isEqualTo("OK!");
    }
}
