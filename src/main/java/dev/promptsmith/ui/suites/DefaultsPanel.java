package dev.promptsmith.ui.suites;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.promptsmith.shared.Json;
import dev.promptsmith.suiteedit.CheckSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The suite's {@code defaultTest}: the variables and checks every case gets, edited in the case form. */
class DefaultsPanel extends Div {

    private final Runnable changed;
    private final Span summary = new Span();
    private final Button edit = new Button("Edit defaults");
    private Map<String, Object> defaults = new LinkedHashMap<>();
    private List<String> known = List.of();

    DefaultsPanel(Runnable changed) {
        this.changed = changed;
        summary.setId("defaults-summary");
        edit.setId("defaults-edit");
        edit.addClickListener(click -> new CaseDialog("Defaults of every case", defaults, known, false, edited -> {
            defaults = edited;
            showSummary();
            changed.run();
        }).open());
        add(summary, edit);
    }

    void show(Map<String, Object> defaultTest, boolean editable, List<String> variables) {
        defaults = new LinkedHashMap<>(defaultTest);
        known = variables;
        edit.setEnabled(editable);
        showSummary();
        if (!editable) {
            summary.setText("defaultTest is a reference to a file; edit it there.");
        }
    }

    Map<String, Object> value() {
        return defaults;
    }

    private void showSummary() {
        String vars = defaults.get("vars") instanceof Map<?, ?> map && !map.isEmpty()
                ? map.entrySet().stream().map(e -> e.getKey() + " = " + (e.getValue() instanceof String s ? s
                        : Json.write(e.getValue()))).collect(Collectors.joining(", ")) : "none";
        String checks = CheckSummary.of(defaults.get("assert"));
        summary.setText("Variables: " + vars + ". Checks: " + (checks.isEmpty() ? "none" : checks) + ". ");
    }
}
