package dev.promptsmith.ui.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.promptsmith.check.form.CheckForm;
import dev.promptsmith.check.form.CheckForms;
import dev.promptsmith.check.form.WrittenChecks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CheckEditorTest {

    static List<CheckForm> everyForm() {
        return CheckForms.standard().all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyForm")
    void everyExampleOpensAndComesBackAsItWas(CheckForm form) {
        // when
        CheckEditor editor = new CheckEditor(form.example());

        // then
        assertThat(editor.value()).isEqualTo(form.example());
        assertThat(editor.problems()).isEmpty();
    }

    static List<WrittenChecks.Written> writtenChecks() {
        return WrittenChecks.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writtenChecks")
    void everyCheckOfTheShippedSuitesAndConformanceConfigsOpensAndComesBackAsItWas(WrittenChecks.Written written) {
        assertThat(new CheckEditor(written.check()).value()).isEqualTo(written.check());
    }

    @Test
    void whatTheFormHasNoFieldForIsKeptAsItWas() {
        // given
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("type", "not-llm-rubric");
        check.put("value", "Is rude");
        check.put("threshold", 0.5);
        check.put("weight", 2);
        check.put("metric", "tone");
        check.put("provider", Map.of("id", "openai:gpt-4o-mini", "config", Map.of("temperature", 0)));
        check.put("transform", "output.trim()");
        check.put("rubricPrompt", List.of(Map.of("role", "user", "content", "{{output}}")));

        // when
        CheckEditor editor = new CheckEditor(check);

        // then
        assertThat(editor.value()).isEqualTo(check);
        assertThat(field(editor, "check-negated", Checkbox.class).getValue()).isTrue();
        assertThat(field(editor, "check-settings", TextArea.class).getValue()).contains("provider:", "transform:",
                "rubricPrompt:");
    }

    @Test
    void valuesTheTypesFormDoesNotFitAreShownAsYamlAndKept() {
        // given
        Map<String, Object> equalsJson = Map.of("type", "equals", "value", Map.of("total", 42));
        Map<String, Object> commaSeparated = Map.of("type", "contains-any", "value", "refund, credit");

        // when
        CheckEditor json = new CheckEditor(equalsJson);
        CheckEditor text = new CheckEditor(commaSeparated);

        // then
        assertThat(field(json, "check-value", TextArea.class).getValue()).isEqualTo("total: 42");
        assertThat(json.value()).isEqualTo(equalsJson);
        assertThat(text.value()).isEqualTo(commaSeparated);
    }

    @Test
    void aThresholdWrittenAsTextIsShownWithTheSettingsAndSaidToBeNoNumber() {
        // given
        Map<String, Object> check = Map.of("type", "similar", "value", "The total is 42.", "threshold", "high");

        // when
        CheckEditor editor = new CheckEditor(check);

        // then
        assertThat(editor.value()).isEqualTo(check);
        assertThat(field(editor, "check-settings", TextArea.class).getValue()).isEqualTo("threshold: high");
        assertThat(editor.problems()).containsExactly("threshold: 'high' is not a number");
        assertThat(field(editor, "check-threshold", NumberField.class).getErrorMessage())
                .isEqualTo("'high' is not a number");
    }

    @Test
    void aNewCheckAsksForAType() {
        CheckEditor editor = new CheckEditor(Map.of());

        assertThat(editor.problems()).containsExactly("type: choose a check type");
        assertThat(editor.value()).isEqualTo(Map.of("type", ""));
    }

    @Test
    void aBadPatternIsShownAtTheValueAsItIsTyped() {
        // given
        CheckEditor editor = new CheckEditor(Map.of());
        AtomicInteger changes = new AtomicInteger();
        editor.addChangeListener(changes::incrementAndGet);
        TextArea value = field(editor, "check-value", TextArea.class);

        // when
        field(editor, "check-type", ComboBox.class).setValue("regex");
        value.setValue("total: (\\d+");

        // then
        String problem = "the pattern is not valid JavaScript (Invalid regular expression: /total: (\\d+/: "
                + "Unterminated group)";
        assertThat(editor.problems()).containsExactly("value: " + problem);
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo(problem);
        assertThat(value.getLabel()).isEqualTo("Pattern (JavaScript regular expression)");
        assertThat(value.hasClassName("code-text")).isTrue();
        assertThat(field(editor, "check-problems", Div.class).isVisible()).as("shown at the field, not again below")
                .isFalse();
        assertThat(changes.get()).isEqualTo(2);

        // when
        value.setValue("total: (\\d+)");

        // then
        assertThat(editor.problems()).isEmpty();
        assertThat(value.isInvalid()).isFalse();
        assertThat(editor.value()).isEqualTo(Map.of("type", "regex", "value", "total: (\\d+)"));
    }

    @Test
    void aListOfTextsIsTypedOnePerLine() {
        // given
        CheckEditor editor = new CheckEditor(Map.of());

        // when
        field(editor, "check-type", ComboBox.class).setValue("icontains-all");
        field(editor, "check-value", TextArea.class).setValue("refund\n\ncredit note\n");

        // then
        assertThat(editor.value())
                .isEqualTo(Map.of("type", "icontains-all", "value", List.of("refund", "credit note")));
    }

    @Test
    void aSchemaIsTypedAsJsonOrYamlAndWrittenAsAMapping() {
        // given
        CheckEditor editor = new CheckEditor(Map.of());
        field(editor, "check-type", ComboBox.class).setValue("json-schema");
        TextArea value = field(editor, "check-value", TextArea.class);

        // when
        value.setValue("{\"type\": \"object\", \"required\": [\"total\"]");

        // then
        assertThat(editor.problems()).singleElement().asString().startsWith("value: is not valid YAML or JSON: ");

        // when
        value.setValue("{\"type\": \"objekt\"}");

        // then
        assertThat(editor.problems()).singleElement().asString().startsWith("value: is not a valid JSON Schema: ");

        // when
        value.setValue("{\"type\": \"object\", \"required\": [\"total\"]}");

        // then
        assertThat(editor.problems()).isEmpty();
        assertThat(editor.value()).isEqualTo(Map.of("type", "json-schema",
                "value", Map.of("type", "object", "required", List.of("total"))));
    }

    @Test
    void aTypeWithoutAValueOrThresholdHidesThemAndLeavesThemOut() {
        // given
        CheckEditor editor = new CheckEditor(Map.of("type", "contains", "value", "total", "threshold", 0.5));
        ComboBox<?> type = field(editor, "check-type", ComboBox.class);

        // when
        field(editor, "check-type", ComboBox.class).setValue("is-html");

        // then
        assertThat(field(editor, "check-value", TextArea.class).isVisible()).isFalse();
        assertThat(field(editor, "check-threshold", NumberField.class).isVisible()).isFalse();
        assertThat(editor.value()).isEqualTo(Map.of("type", "is-html"));
        assertThat(type.getValue()).isEqualTo("is-html");
    }

    @Test
    void aCheckAsOpenedShowsAllItHoldsEvenWhereItsTypeTakesNothing() {
        // given
        Map<String, Object> check = Map.of("type", "is-html", "value", "ignored", "threshold", 0.5);

        // when
        CheckEditor editor = new CheckEditor(check);

        // then
        assertThat(field(editor, "check-value", TextArea.class).isVisible()).isTrue();
        assertThat(field(editor, "check-threshold", NumberField.class).isVisible()).isTrue();
        assertThat(editor.value()).isEqualTo(check);
    }

    @Test
    void negationIsOfferedOnlyWhereItMeansSomething() {
        // given
        CheckEditor editor = new CheckEditor(Map.of("type", "not-truncated"));
        Checkbox negated = field(editor, "check-negated", Checkbox.class);

        // then
        assertThat(negated.isVisible()).isFalse();
        assertThat(editor.value()).isEqualTo(Map.of("type", "not-truncated"));

        // when
        field(editor, "check-type", ComboBox.class).setValue("contains");
        field(editor, "check-value", TextArea.class).setValue("sorry");
        negated.setValue(true);

        // then
        assertThat(negated.isVisible()).isTrue();
        assertThat(editor.value()).isEqualTo(Map.of("type", "not-contains", "value", "sorry"));
    }

    @Test
    void aThresholdOutOfItsRangeIsShownAtTheThreshold() {
        // given
        CheckEditor editor = new CheckEditor(Map.of("type", "similar", "value", "The total is 42."));
        NumberField threshold = field(editor, "check-threshold", NumberField.class);

        // when
        threshold.setValue(1.5);

        // then
        assertThat(editor.problems()).containsExactly("threshold: 1.5 is out of range: 0 to 1");
        assertThat(threshold.isInvalid()).isTrue();
        assertThat(threshold.getErrorMessage()).isEqualTo("1.5 is out of range: 0 to 1");
        assertThat(threshold.getHelperText()).isEqualTo("The least similarity that passes (default 0.75), 0 to 1");
        assertThat(threshold.getPlaceholder()).isEqualTo("default 0.75");

        // when
        threshold.setValue(0.8);
        field(editor, "check-weight", NumberField.class).setValue(3.0);
        field(editor, "check-metric", TextField.class).setValue(" similarity ");

        // then
        assertThat(editor.value()).isEqualTo(Map.of("type", "similar", "value", "The total is 42.", "threshold", 0.8,
                "weight", 3, "metric", "similarity"));
    }

    @Test
    void otherSettingsAreTypedAsYamlAndAnAssertSetsChecksAreValidated() {
        // given
        CheckEditor editor = new CheckEditor(Map.of("type", "assert-set",
                "assert", List.of(Map.of("type", "contains", "value", "total"))));
        TextArea settings = field(editor, "check-settings", TextArea.class);

        // when
        settings.setValue("assert:\n  - type: contains\n    value: total\n  - type: regex\n    value: '('\n");

        // then
        assertThat(editor.problems()).containsExactly(
                "assert[2].value: the pattern is not valid JavaScript (Invalid regular expression: /(/: "
                        + "Unterminated group)");
        assertThat(settings.isInvalid()).isTrue();

        // when
        settings.setValue("assert: [");

        // then
        assertThat(editor.problems()).singleElement().asString().startsWith("settings: is not valid YAML or JSON: ");

        // when
        settings.setValue("assert:\n  - type: is-json\nprovider: openai:gpt-4o-mini\n");

        // then
        assertThat(editor.problems()).isEmpty();
        assertThat(editor.value()).isEqualTo(Map.of("type", "assert-set",
                "assert", List.of(Map.of("type", "is-json")), "provider", "openai:gpt-4o-mini"));
    }

    @Test
    void theTypeShowsItsDescriptionAndExample() {
        // given
        CheckEditor editor = new CheckEditor(Map.of());

        // when
        field(editor, "check-type", ComboBox.class).setValue("word-count");

        // then
        TypeHelp help = (TypeHelp) editor.getContent().getChildren().filter(TypeHelp.class::isInstance).findFirst()
                .orElseThrow();
        assertThat(help.getElement().getTextRecursively()).contains(
                "The output has exactly the given number of words", "type: word-count", "min: 10");
    }

    @Test
    void aTypeWithNoFormIsShownAsWrittenWithWhyItCannotBeSaved() {
        CheckEditor editor = new CheckEditor(Map.of("type", "ruby", "value", "output.size < 9"));

        assertThat(editor.value()).isEqualTo(Map.of("type", "ruby", "value", "output.size < 9"));
        assertThat(editor.problems()).singleElement().asString().startsWith("type: 'ruby' runs Ruby code");
        assertThat(field(editor, "check-type", ComboBox.class).isInvalid()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static <T extends Component> T field(CheckEditor editor, String id, Class<? super T> kind) {
        return (T) editor.getContent().getChildren().filter(c -> c.getId().equals(Optional.of(id))).findFirst()
                .orElseThrow();
    }
}
