package dev.promptsmith.ui.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.promptsmith.prompt.PromptDraft;
import dev.promptsmith.prompt.PromptDraft.ResponseFormat;

/** The model parameters a prompt asks for: temperature, max tokens, and the response format. */
class ParametersForm extends Div {

    private final NumberField temperature = new NumberField("Temperature");
    private final IntegerField maxTokens = new IntegerField("Max tokens");
    private final Select<ResponseFormat> format = new Select<>();
    private final TextArea schema = new TextArea("JSON schema");

    ParametersForm(Runnable changed) {
        setId("parameters-form");
        addClassName("parameters-form");
        temperature.setId("param-temperature");
        temperature.setMin(0);
        temperature.setMax(2);
        temperature.setStep(0.1);
        temperature.setPlaceholder("model default");
        maxTokens.setId("param-max-tokens");
        maxTokens.setMin(1);
        maxTokens.setPlaceholder("model default");
        format.setId("param-format");
        format.setLabel("Response format");
        format.setItems(ResponseFormat.values());
        format.setItemLabelGenerator(f -> switch (f) {
            case TEXT -> "Text";
            case JSON -> "JSON";
            case JSON_SCHEMA -> "JSON schema";
        });
        schema.setId("param-schema");
        schema.setWidthFull();
        schema.setValueChangeMode(ValueChangeMode.LAZY);
        schema.setValueChangeTimeout(250);
        schema.addClassName("code-text");
        temperature.addValueChangeListener(change -> changed.run());
        maxTokens.addValueChangeListener(change -> changed.run());
        format.addValueChangeListener(change -> {
            schema.setVisible(change.getValue() == ResponseFormat.JSON_SCHEMA);
            changed.run();
        });
        schema.addValueChangeListener(change -> changed.run());
        Div row = new Div(temperature, maxTokens, format);
        row.addClassName("form-row");
        add(row, schema);
    }

    void show(PromptDraft.Parameters parameters) {
        temperature.setValue(parameters.temperature());
        maxTokens.setValue(parameters.maxTokens());
        schema.setValue(parameters.jsonSchema());
        format.setValue(parameters.format());
        schema.setVisible(parameters.format() == ResponseFormat.JSON_SCHEMA);
    }

    PromptDraft.Parameters value() {
        return new PromptDraft.Parameters(temperature.getValue(), maxTokens.getValue(),
                format.getValue() == null ? ResponseFormat.TEXT : format.getValue(), schema.getValue());
    }
}
