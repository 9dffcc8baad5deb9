package dev.promptsmith.ui.suites;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.promptsmith.shared.Json;
import dev.promptsmith.ui.checks.CheckEditor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One test case (or the suite's defaults) as a form: its description, a field per variable (those
 * the prompts use and the cases give, and new ones), and its checks, each in a {@link CheckEditor}.
 * Keys the form does not show ({@code options}, {@code metadata}, ...) are kept as written. The generator's review
 * opens it for a drafted case too.
 */
public class CaseDialog extends Dialog {

    private final Map<String, Object> written;
    private final boolean withDescription;
    private final TextField description = new TextField("Description");
    private final Div variables = new Div();
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final TextField newVariable = new TextField();
    private final Div checks = new Div();
    private final List<CheckRow> checkRows = new ArrayList<>();
    private final Div problems = new Div();

    private record CheckRow(CheckEditor editor, Div box) {
    }

    /**
     * @param test      the case as written (a copy is edited); the defaults mapping when {@code withDescription} is false
     * @param known     the variables to offer a field for, besides the case's own
     * @param done      receives the edited case when the form is accepted
     */
    public CaseDialog(String title, Map<String, Object> test, List<String> known, boolean withDescription,
                      Consumer<Map<String, Object>> done) {
        this.written = new LinkedHashMap<>(test);
        this.withDescription = withDescription;
        setId("case-dialog");
        setHeaderTitle(title);
        setWidth("56rem");
        description.setId("case-description");
        description.setWidthFull();
        description.setValue(test.get("description") == null ? "" : String.valueOf(test.get("description")));
        variables.setId("case-variables");
        // the case's own variables in their written order, so saving an untouched case moves nothing
        Set<String> names = new LinkedHashSet<>();
        Map<?, ?> vars = test.get("vars") instanceof Map<?, ?> map ? map : Map.of();
        vars.keySet().forEach(key -> names.add(String.valueOf(key)));
        names.addAll(known);
        names.forEach(name -> addVariable(name, vars.get(name)));
        newVariable.setId("case-new-variable");
        newVariable.setPlaceholder("new variable name");
        Button addVariable = new Button("Add variable", click -> {
            String name = newVariable.getValue().strip();
            if (!name.isEmpty() && !fields.containsKey(name)) {
                addVariable(name, null);
                newVariable.clear();
                fields.get(name).focus();
            }
        });
        addVariable.setId("case-add-variable");
        checks.setId("case-checks");
        if (test.get("assert") instanceof List<?> list) {
            list.forEach(check -> addCheck(check instanceof Map<?, ?> map ? copy(map) : Map.of("type", String.valueOf(check))));
        }
        Button addCheck = new Button("Add check", click -> addCheck(new LinkedHashMap<>()));
        addCheck.setId("case-add-check");
        problems.setId("case-problems");
        problems.addClassName("error-text");
        if (withDescription) {
            add(description);
        }
        add(new H4("Variables"), variables, new HorizontalLayout(newVariable, addVariable), new H4("Checks"), checks,
                addCheck, problems);
        Button ok = new Button("OK", click -> {
            List<String> found = problems();
            if (!found.isEmpty()) {
                problems.setText(String.join("; ", found));
                return;
            }
            done.accept(value());
            close();
        });
        ok.setId("case-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("case-cancel");
        getFooter().add(cancel, ok);
    }

    private void addVariable(String name, Object value) {
        TextField field = new TextField(name);
        field.addClassName("case-variable");
        field.setWidthFull();
        field.setValue(value == null ? "" : value instanceof String text ? text : Json.write(value));
        fields.put(name, field);
        variables.add(field);
    }

    private void addCheck(Map<String, Object> check) {
        CheckEditor editor = new CheckEditor(check);
        Div box = new Div();
        box.addClassName("case-check");
        Button remove = new Button("Remove check");
        remove.addClassName("check-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        CheckRow row = new CheckRow(editor, box);
        remove.addClickListener(click -> {
            checkRows.remove(row);
            checks.remove(box);
        });
        box.add(editor, remove);
        checkRows.add(row);
        checks.add(box);
    }

    private List<String> problems() {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < checkRows.size(); i++) {
            for (String problem : checkRows.get(i).editor().problems()) {
                found.add("check " + (i + 1) + ": " + problem);
            }
        }
        return found;
    }

    /** The case as the form has it, over what was written. */
    Map<String, Object> value() {
        Map<String, Object> test = new LinkedHashMap<>();
        if (withDescription && !description.getValue().isBlank()) {
            test.put("description", description.getValue().strip());
        }
        Map<?, ?> writtenVars = written.get("vars") instanceof Map<?, ?> map ? map : Map.of();
        Map<String, Object> vars = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            Object before = writtenVars.get(name);
            String shown = before == null ? "" : before instanceof String text ? text : Json.write(before);
            if (before != null && field.getValue().equals(shown)) {
                vars.put(name, before);
            } else if (!field.getValue().isEmpty()) {
                vars.put(name, field.getValue());
            }
        });
        if (!vars.isEmpty()) {
            test.put("vars", vars);
        }
        // the check editor keeps what it does not show, and a value whose text is untouched as written
        List<Map<String, Object>> asserts = checkRows.stream().map(row -> row.editor().value()).toList();
        if (!asserts.isEmpty()) {
            test.put("assert", asserts);
        }
        written.forEach((key, value) -> {
            if (!key.equals("description") && !key.equals("vars") && !key.equals("assert")) {
                test.put(key, value);
            }
        });
        return test;
    }

    private static Map<String, Object> copy(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }
}
