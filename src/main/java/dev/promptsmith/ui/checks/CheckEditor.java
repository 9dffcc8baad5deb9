package dev.promptsmith.ui.checks;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.promptsmith.check.CheckRegistry;
import dev.promptsmith.check.types.CheckTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One check as a form: type, negation, value, threshold, weight, metric. {@link #value()} gives the check as a
 * suite file writes it ({@code type} with {@code not-} when negated; keys left out when empty).
 */
public class CheckEditor extends Composite<Div> {

    private static final CheckRegistry TYPES = CheckTypes.namesOnly();

    private final ComboBox<String> type = new ComboBox<>("Type");
    private final Checkbox negated = new Checkbox("Negate (not-)");
    private final TextArea value = new TextArea("Value");
    private final NumberField threshold = new NumberField("Threshold");
    private final NumberField weight = new NumberField("Weight");
    private final TextField metric = new TextField("Metric");
    private final Div problems = new Div();
    private final List<Runnable> listeners = new ArrayList<>();

    /** @param check the check as written in a suite file; an empty map for a new one */
    public CheckEditor(Map<String, ?> check) {
        getContent().addClassName("check-editor");
        type.setId("check-type");
        type.setItems(TYPES.types().stream().sorted().toList());
        String written = check.get("type") == null ? "" : String.valueOf(check.get("type"));
        negated.setValue(written.startsWith("not-"));
        type.setValue(written.startsWith("not-") ? written.substring(4) : written.isEmpty() ? null : written);
        value.setId("check-value");
        value.setValue(check.get("value") == null ? "" : String.valueOf(check.get("value")));
        threshold.setId("check-threshold");
        if (check.get("threshold") instanceof Number n) {
            threshold.setValue(n.doubleValue());
        }
        weight.setId("check-weight");
        if (check.get("weight") instanceof Number n) {
            weight.setValue(n.doubleValue());
        }
        metric.setId("check-metric");
        metric.setValue(check.get("metric") == null ? "" : String.valueOf(check.get("metric")));
        problems.setId("check-problems");
        problems.addClassName("error-text");
        type.addValueChangeListener(e -> changed());
        negated.addValueChangeListener(e -> changed());
        value.addValueChangeListener(e -> changed());
        threshold.addValueChangeListener(e -> changed());
        weight.addValueChangeListener(e -> changed());
        metric.addValueChangeListener(e -> changed());
        getContent().add(type, negated, value, threshold, weight, metric, problems);
        showProblems();
    }

    /** Runs after every change a user makes. */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    /** What is wrong with the check as it stands; empty when it can be saved. */
    public List<String> problems() {
        List<String> found = new ArrayList<>();
        if (type.getValue() == null || type.getValue().isBlank()) {
            found.add("type: choose a check type");
        }
        return found;
    }

    /** The check as a suite file writes it. */
    public Map<String, Object> value() {
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("type", (negated.getValue() ? "not-" : "") + (type.getValue() == null ? "" : type.getValue()));
        if (!value.getValue().isEmpty()) {
            check.put("value", value.getValue());
        }
        if (threshold.getValue() != null) {
            check.put("threshold", threshold.getValue());
        }
        if (weight.getValue() != null) {
            check.put("weight", weight.getValue());
        }
        if (!metric.getValue().isBlank()) {
            check.put("metric", metric.getValue().strip());
        }
        return check;
    }

    private void changed() {
        showProblems();
        listeners.forEach(Runnable::run);
    }

    private void showProblems() {
        problems.setText(String.join("\n", problems()));
    }
}
