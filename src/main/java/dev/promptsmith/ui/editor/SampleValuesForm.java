package dev.promptsmith.ui.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.promptsmith.shared.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sample value for each variable the messages use, found as they are typed. A value the file
 * held as a number, list or mapping is shown as JSON and read back as JSON while it parses.
 * Values of variables no longer used are kept while the editor is open, so retyping a name brings its value back.
 */
class SampleValuesForm extends Div {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Object> original = new LinkedHashMap<>();
    private final Map<String, TextArea> fields = new LinkedHashMap<>();
    private final Div list = new Div();
    private final Runnable changed;

    SampleValuesForm(Runnable changed) {
        this.changed = changed;
        setId("sample-values");
        list.addClassName("variable-fields");
        add(list);
    }

    void show(Map<String, Object> sample) {
        values.clear();
        original.clear();
        values.putAll(sample);
        original.putAll(sample);
        fields.clear();
        list.removeAll();
    }

    /** Shows a field for each variable in use, in order of use. */
    void showVariables(List<String> variables) {
        if (variables.equals(List.copyOf(fields.keySet()))) {
            return;
        }
        fields.clear();
        list.removeAll();
        if (variables.isEmpty()) {
            list.add(new Span("The messages use no variables yet: write {{ name }} in a message."));
        }
        for (String variable : variables) {
            TextArea field = new TextArea(variable);
            field.addClassName("sample-value");
            field.setWidthFull();
            field.setValue(text(values.get(variable)));
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setValueChangeTimeout(250);
            field.addValueChangeListener(change -> {
                values.put(variable, read(variable, change.getValue()));
                changed.run();
            });
            fields.put(variable, field);
            list.add(field);
        }
    }

    /** Every value typed or read so far, for the preview. */
    Map<String, Object> all() {
        return new LinkedHashMap<>(values);
    }

    /** The sample values a save writes: those of the file, and every variable in use that has one. */
    Map<String, Object> value(List<String> variables) {
        Map<String, Object> sample = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (original.containsKey(name) || variables.contains(name) && !"".equals(value)) {
                sample.put(name, value);
            }
        });
        return sample;
    }

    private Object read(String variable, String text) {
        if (original.get(variable) instanceof String || !original.containsKey(variable)) {
            return text;
        }
        try {
            return JSON.readValue(text, Object.class);
        } catch (RuntimeException e) {
            return text;
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof String s ? s : Json.write(value);
    }
}
