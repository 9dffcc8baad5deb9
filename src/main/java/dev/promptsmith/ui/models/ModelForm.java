package dev.promptsmith.ui.models;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.ProviderKind;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of one model target, plus an optional key to store for its provider. */
class ModelForm extends FormLayout {

    private final TextField name = new TextField("Name");
    private final Select<ProviderKind> kind = new Select<>();
    private final TextField model = new TextField("Model");
    private final TextField baseUrl = new TextField("Base URL");
    private final TextField keyVariable = new TextField("Key from environment variable");
    private final PasswordField apiKey = new PasswordField("API key");
    private final NumberField temperature = new NumberField("Temperature");
    private final IntegerField maxTokens = new IntegerField("Max tokens");
    private Long id;

    ModelForm() {
        setId("model-form");
        name.setId("model-name");
        kind.setId("model-kind");
        kind.setLabel("Provider");
        kind.setItems(ProviderKind.OPENAI, ProviderKind.OPENAI_RESPONSES, ProviderKind.ANTHROPIC, ProviderKind.GOOGLE,
                ProviderKind.OLLAMA);
        kind.setItemLabelGenerator(k -> switch (k) {
            case OPENAI -> "OpenAI or compatible (LM Studio, llama.cpp, vLLM, Groq ...)";
            case OPENAI_RESPONSES -> "OpenAI Responses API";
            case ANTHROPIC -> "Anthropic";
            case GOOGLE -> "Google Gemini";
            case OLLAMA -> "Ollama";
            case ECHO -> "Echo";
            case AZURE -> "Azure OpenAI";
            case HTTP -> "HTTP";
            case EXEC -> "Command";
        });
        kind.setValue(ProviderKind.OPENAI);
        model.setId("model-model");
        model.setPlaceholder("gpt-4o-mini, claude-sonnet-4-5, llama3.2 ...");
        baseUrl.setId("model-base-url");
        baseUrl.setPlaceholder("empty: the provider's public endpoint");
        keyVariable.setId("model-key-env");
        keyVariable.setPlaceholder("empty: the provider's usual variable");
        apiKey.setId("model-api-key");
        apiKey.setHelperText("Stored encrypted, and sent only to this provider at this base URL; "
                + "leave empty to keep the current key");
        temperature.setId("model-temperature");
        temperature.setMin(0);
        temperature.setMax(2);
        temperature.setStep(0.1);
        maxTokens.setId("model-max-tokens");
        maxTokens.setMin(1);
        temperature.setHelperText("Empty: the prompt's own setting, else the default shown");
        kind.addValueChangeListener(change -> showDefaults(change.getValue()));
        showDefaults(kind.getValue());
        add(name, kind, model, baseUrl, keyVariable, apiKey, temperature, maxTokens);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    /** Puts the cursor in the name, for a new model. */
    void focusName() {
        name.focus();
    }

    void show(ModelTarget target) {
        id = target == null ? null : target.id();
        name.setValue(target == null ? "" : target.name());
        kind.setValue(target == null ? ProviderKind.OPENAI : target.kind());
        model.setValue(target == null ? "" : target.modelName());
        baseUrl.setValue(target == null || target.baseUrl() == null ? "" : target.baseUrl());
        keyVariable.setValue(target == null || target.apiKeyEnvar() == null ? "" : target.apiKeyEnvar());
        apiKey.clear();
        Object t = target == null ? null : target.parameters().get("temperature");
        temperature.setValue(t instanceof Number n ? n.doubleValue() : null);
        Object m = target == null ? null : target.parameters().get("max_tokens");
        maxTokens.setValue(m instanceof Number n ? n.intValue() : null);
    }

    private void showDefaults(ProviderKind provider) {
        ProviderKind shown = provider == null ? ProviderKind.OPENAI : provider;
        temperature.setPlaceholder(ParameterDefaults.temperature(shown));
        maxTokens.setPlaceholder(ParameterDefaults.maxTokens(shown));
    }

    /** The target as edited. */
    ModelTarget target() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (temperature.getValue() != null) {
            parameters.put("temperature", temperature.getValue());
        }
        if (maxTokens.getValue() != null) {
            parameters.put("max_tokens", maxTokens.getValue());
        }
        return new ModelTarget(id, name.getValue().strip(), kind.getValue(), model.getValue().strip(),
                blankToNull(baseUrl.getValue()), blankToNull(keyVariable.getValue()), parameters);
    }

    /** The key typed in, if any. */
    String enteredKey() {
        return apiKey.getValue();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
