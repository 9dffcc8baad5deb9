package dev.promptsmith.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateVariablesTest {

    private final TemplateVariables variables = new TemplateVariables();

    @Test
    void findsVariablesInOrderOfFirstUse() {
        assertThat(variables.of("{{ b }} and {{ a }} and {{ b }}")).containsExactly("b", "a");
    }

    @Test
    void skipsAttributesFiltersAndFilterArguments() {
        assertThat(variables.of("{{ user.name | upper }} {{ items | join(', ') }} {{ x | default(fallback) }}"))
                .containsExactly("user", "items", "x", "fallback");
    }

    @Test
    void loopVariablesAreBoundInsideTheLoopOnly() {
        assertThat(variables.of("{% for item in items %}{{ item.name }} {{ loop.index }}{% endfor %}{{ item }}"))
                .containsExactly("items", "item");
    }

    @Test
    void setBindsANameForTheRestOfTheTemplate() {
        assertThat(variables.of("{% set greeting = 'Hi ' ~ name %}{{ greeting }}")).containsExactly("name");
    }

    @Test
    void readsConditionsAndSkipsTestsKeywordsAndStrings() {
        assertThat(variables.of("{% if a is defined and not b %}{{ 'c' }}{% elif d is not none %}x{% endif %}"))
                .containsExactly("a", "b", "d");
    }

    @Test
    void keyValueLoopsBindBothNames() {
        assertThat(variables.of("{% for k, v in pairs.items() %}{{ k }}={{ v }}{% endfor %}"))
                .containsExactly("pairs");
    }

    @Test
    void plainTextHasNoVariables() {
        assertThat(variables.of("Just text with { braces } and a JSON { \"a\": 1 }")).isEmpty();
    }
}
