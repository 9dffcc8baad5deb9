package dev.promptsmith.ui.checks;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.promptsmith.check.form.CheckForm;
import dev.promptsmith.check.form.CheckForms;
import dev.promptsmith.check.form.Threshold;
import dev.promptsmith.check.form.ValueKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One check as a form that fits its type: the type (searchable, by family) with its description
 * and an example; negation where it means something; the value as the type takes it (a line per
 * text, code and schemas in a monospace area); the threshold with what it means; weight and
 * metric; and the check's other settings ({@code provider}, {@code config}, {@code transform},
 * an assert-set's {@code assert}) as YAML, kept as written until changed. Every field is
 * validated as it is typed. {@link #value()} gives the check as a suite file writes it
 * ({@code type} with {@code not-} when negated; keys left out when empty; what was not changed
 * exactly as it was given).
 */
public class CheckEditor extends Composite<Div> {

    private static final CheckForms FORMS = CheckForms.standard();
    private static final String NOT = "not-";

    private final Map<String, Object> given;
    private final CheckForms.Written givenType;
    private final ComboBox<String> type = new ComboBox<>("Type");
    private final TypeHelp help = new TypeHelp();
    private final Checkbox negated = new Checkbox("Negate (not-): pass when this check would fail");
    private final TextArea value = new TextArea("Value");
    private final NumberField threshold = new NumberField("Threshold");
    private final NumberField weight = new NumberField("Weight");
    private final TextField metric = new TextField("Metric");
    private final OtherSettings settings;
    private final Div problems = new Div();
    private final List<Runnable> listeners = new ArrayList<>();
    private ValueText valueText;
    private String givenValueText;
    private ValueText givenValueWay;

    /** @param check the check as written in a suite file; an empty map for a new one */
    public CheckEditor(Map<String, ?> check) {
        given = new LinkedHashMap<>(check);
        givenType = FORMS.read(check.get("type") == null ? "" : String.valueOf(check.get("type")));
        getContent().addClassName("check-editor");
        typePicker();
        negated.setId("check-negated");
        negated.setValue(givenType.negated());
        value.setId("check-value");
        value.setWidthFull();
        value.setValueChangeMode(ValueChangeMode.LAZY);
        ValueKind kind = form().map(f -> f.value().kind()).orElse(ValueKind.TEXT);
        valueText = ValueText.fitting(kind, given.get("value"));
        givenValueWay = valueText;
        givenValueText = valueText.show(given.get("value"));
        value.setValue(givenValueText);
        threshold.setId("check-threshold");
        number(threshold, given.get("threshold"));
        weight.setId("check-weight");
        weight.setHelperText("Default 1; 0 makes the check informational");
        number(weight, given.get("weight"));
        metric.setId("check-metric");
        metric.setValueChangeMode(ValueChangeMode.LAZY);
        metric.setValue(given.get("metric") == null ? "" : String.valueOf(given.get("metric")));
        settings = new OtherSettings(check);
        problems.setId("check-problems");
        problems.addClassName("error-text");
        problems.setVisible(false);
        for (HasValidation field : List.of(type, value, threshold, weight, metric)) {
            manual(field);
        }
        type.addValueChangeListener(e -> typeChanged());
        negated.addValueChangeListener(e -> changed());
        value.addValueChangeListener(e -> changed());
        threshold.addValueChangeListener(e -> changed());
        weight.addValueChangeListener(e -> changed());
        metric.addValueChangeListener(e -> changed());
        settings.field().addValueChangeListener(e -> changed());
        getContent().add(type, help, negated, value, threshold, weight, metric, settings.field(), problems);
        fitToType();
        if (!check.isEmpty()) {
            showProblems();
        }
    }

    /** Runs after every change a user makes. */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    /** What is wrong with the check as it stands, as "field: message"; empty when it can be saved. */
    public List<String> problems() {
        List<String> found = new ArrayList<>();
        Optional<String> unreadableValue = value.isVisible() ? valueText.problem(value.getValue()) : Optional.empty();
        Optional<String> unreadableSettings = settings.problem();
        for (String problem : FORMS.problems(value())) {
            boolean aboutValue = problem.startsWith("value: ");
            if (!(aboutValue && unreadableValue.isPresent())) {
                found.add(problem);
            }
        }
        unreadableValue.ifPresent(p -> found.add("value: " + p));
        unreadableSettings.ifPresent(p -> found.add("settings: " + p));
        return found;
    }

    /** The check as a suite file writes it. */
    public Map<String, Object> value() {
        Map<String, Object> check = new LinkedHashMap<>();
        String chosen = type.getValue() == null ? "" : type.getValue();
        check.put("type", (negated.isVisible() && negated.getValue() ? NOT : "") + chosen);
        if (value.isVisible()) {
            Object typed = valueText == givenValueWay && value.getValue().equals(givenValueText) ? given.get("value")
                    : valueText.read(value.getValue());
            if (typed != null && !(typed instanceof List<?> list && list.isEmpty())) {
                check.put("value", typed);
            }
        }
        if (threshold.isVisible()) {
            putNumber(check, "threshold", threshold);
        }
        putNumber(check, "weight", weight);
        if (!metric.getValue().isBlank()) {
            check.put("metric", metric.getValue().equals(String.valueOf(given.get("metric"))) ? given.get("metric")
                    : metric.getValue().strip());
        }
        check.putAll(settings.value());
        return check;
    }

    private void typePicker() {
        type.setId("check-type");
        type.setWidthFull();
        type.setPlaceholder("Search check types");
        List<String> types = new ArrayList<>(FORMS.all().stream().map(CheckForm::type).toList());
        if (!givenType.type().isEmpty() && !types.contains(givenType.type())) {
            // a type with no form (unknown, refused) is shown as written, with why it cannot be saved
            types.add(givenType.type());
        }
        type.setItems(types);
        type.setItemLabelGenerator(name -> FORMS.form(name).map(f -> name + "  ·  " + f.group().label()).orElse(name));
        type.setValue(givenType.type().isEmpty() ? null : givenType.type());
    }

    private void typeChanged() {
        // the text stays as typed; it is read as the new type takes its value (as given, for the given type)
        valueText = isGivenType() ? givenValueWay
                : ValueText.preferred(form().map(f -> f.value().kind()).orElse(ValueKind.TEXT));
        fitToType();
        changed();
    }

    /** Shows the fields the type has, and those the check as given holds, with what they mean. */
    private void fitToType() {
        Optional<CheckForm> form = form();
        help.show(form.orElse(null));
        boolean given = isGivenType();
        negated.setVisible(form.map(CheckForm::negatable).orElse(true) || given && givenType.negated());
        ValueKind kind = form.map(f -> f.value().kind()).orElse(ValueKind.TEXT);
        value.setVisible(kind != ValueKind.NONE || given && this.given.get("value") != null);
        value.setLabel(kind.label() + (valueText == ValueText.YAML ? " (YAML or JSON)" : ""));
        value.setHelperText(form.map(f -> f.value().required() ? sentence(f.value().hint()) : "Optional: "
                + f.value().hint()).orElse(""));
        boolean code = kind.code() || valueText == ValueText.YAML;
        value.setClassName("code-text", code);
        boolean hasThreshold = form.map(CheckForm::hasThreshold).orElse(true);
        threshold.setVisible(hasThreshold || given && this.given.get("threshold") != null);
        threshold.setHelperText(form.filter(CheckForm::hasThreshold)
                .map(f -> sentence(f.threshold().describe())).orElse(""));
        threshold.setPlaceholder(form.map(CheckForm::threshold).map(Threshold::fallback)
                .map(fallback -> "default " + (fallback == Math.rint(fallback) ? String.valueOf(fallback.longValue())
                        : String.valueOf(fallback))).orElse(null));
    }

    private static String sentence(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private Optional<CheckForm> form() {
        return type.getValue() == null ? Optional.empty() : FORMS.form(type.getValue());
    }

    private boolean isGivenType() {
        return Objects.equals(type.getValue(), givenType.type());
    }

    private void changed() {
        showProblems();
        listeners.forEach(Runnable::run);
    }

    /** Shows each problem at its field; those of no visible field (a hidden one's) below the form. */
    private void showProblems() {
        List<String> unshown = new ArrayList<>(problems());
        mark(type, unshown, "type");
        mark(value, unshown, "value");
        mark(threshold, unshown, "threshold");
        mark(weight, unshown, "weight");
        mark(metric, unshown, "metric");
        mark(settings.field(), unshown, "settings", "assert");
        problems.setText(String.join("\n", unshown));
        problems.setVisible(!unshown.isEmpty());
    }

    /**
     * Shows at a field the problems about it ("field: message", or "field[n]..." inside it) and takes
     * them from those still to show, if the field is visible.
     */
    private static <F extends Component & HasValidation> void mark(F field, List<String> unshown, String... names) {
        List<String> about = unshown.stream()
                .filter(problem -> Stream.of(names).anyMatch(name -> problem.startsWith(name + ": ")
                        || problem.startsWith(name + "[")))
                .toList();
        List<String> messages = about.stream()
                .map(problem -> problem.startsWith(names[0] + ": ") ? problem.substring(names[0].length() + 2)
                        : problem)
                .toList();
        field.setInvalid(!messages.isEmpty());
        field.setErrorMessage(messages.isEmpty() ? null : String.join("; ", messages));
        if (field.isVisible()) {
            unshown.removeAll(about);
        }
    }

    private void putNumber(Map<String, Object> check, String key, NumberField field) {
        Double typed = field.getValue();
        if (typed == null) {
            return;
        }
        Object was = given.get(key);
        if (was instanceof Number number && number.doubleValue() == typed) {
            check.put(key, was);
        } else if (typed == Math.rint(typed) && Math.abs(typed) < Integer.MAX_VALUE) {
            check.put(key, typed.intValue());
        } else {
            check.put(key, typed);
        }
    }

    private static void number(NumberField field, Object written) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        if (written instanceof Number n) {
            field.setValue(n.doubleValue());
        }
    }

    /** The form decides what is invalid, by the check's rules; the fields' own checks would fight it. */
    private static void manual(HasValidation field) {
        switch (field) {
            case ComboBox<?> box -> box.setManualValidation(true);
            case TextArea area -> area.setManualValidation(true);
            case NumberField number -> number.setManualValidation(true);
            case TextField text -> text.setManualValidation(true);
            default -> {
            }
        }
    }
}
