package dev.promptsmith.ui.suites;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.promptsmith.shared.Json;
import dev.promptsmith.suiteedit.SuiteEditing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The suite's prompts (from the prompt catalog; ordered, removed) and providers (model ids chosen or typed). */
class SourcesPanel extends VerticalLayout {

    private final Runnable changed;
    private final List<Object> prompts = new ArrayList<>();
    private final List<Object> providers = new ArrayList<>();
    private final Div promptList = new Div();
    private final Div providerList = new Div();

    SourcesPanel(List<String> promptNames, List<String> modelIds, Runnable changed) {
        this.changed = changed;
        setPadding(false);
        promptList.setId("suite-prompt-list");
        providerList.setId("suite-provider-list");
        ComboBox<String> promptChoice = new ComboBox<>();
        promptChoice.setId("suite-prompt-choice");
        promptChoice.setPlaceholder("a prompt of prompts/");
        promptChoice.setItems(promptNames);
        Button addPrompt = new Button("Add prompt", click -> {
            if (promptChoice.getValue() != null) {
                prompts.add(SuiteEditing.promptReference(promptChoice.getValue()));
                promptChoice.clear();
                showAll();
                changed.run();
            }
        });
        addPrompt.setId("suite-prompt-add");
        ComboBox<String> providerChoice = new ComboBox<>();
        providerChoice.setId("suite-provider-choice");
        providerChoice.setPlaceholder("a model id, e.g. openai:chat:gpt-4o-mini");
        providerChoice.setWidth("24rem");
        providerChoice.setItems(modelIds);
        providerChoice.setAllowCustomValue(true);
        providerChoice.addCustomValueSetListener(custom -> providerChoice.setValue(custom.getDetail()));
        Button addProvider = new Button("Add model", click -> {
            String id = providerChoice.getValue();
            if (id != null && !id.isBlank()) {
                providers.add(id.strip());
                providerChoice.clear();
                showAll();
                changed.run();
            }
        });
        addProvider.setId("suite-provider-add");
        add(new H3("Prompts"), promptList, row(promptChoice, addPrompt), new H3("Models (providers)"), providerList,
                row(providerChoice, addProvider));
    }

    void show(List<Object> prompts, List<Object> providers) {
        this.prompts.clear();
        this.prompts.addAll(prompts);
        this.providers.clear();
        this.providers.addAll(providers);
        showAll();
    }

    List<Object> prompts() {
        return List.copyOf(prompts);
    }

    List<Object> providers() {
        return List.copyOf(providers);
    }

    private void showAll() {
        show(promptList, prompts, "suite-prompt", true);
        show(providerList, providers, "suite-provider", false);
    }

    private void show(Div list, List<Object> entries, String className, boolean ordered) {
        list.removeAll();
        if (entries.isEmpty()) {
            list.add(new Span("none"));
        }
        for (int i = 0; i < entries.size(); i++) {
            int index = i;
            Span label = new Span(label(entries.get(i)));
            label.addClassName(className + "-label");
            HorizontalLayout entry = new HorizontalLayout(label);
            entry.addClassName(className);
            entry.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            if (ordered && i > 0) {
                Button up = new Button("Up", click -> {
                    entries.add(index - 1, entries.remove(index));
                    showAll();
                    changed.run();
                });
                up.addClassName(className + "-up");
                up.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                entry.add(up);
            }
            Button remove = new Button("Remove", click -> {
                entries.remove(index);
                showAll();
                changed.run();
            });
            remove.addClassName(className + "-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            entry.add(remove);
            list.add(entry);
        }
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private static String label(Object entry) {
        if (entry instanceof String text) {
            return text;
        }
        if (entry instanceof Map<?, ?> map && map.get("id") != null) {
            return String.valueOf(map.get("id")) + (map.get("label") != null ? " (" + map.get("label") + ")" : "");
        }
        if (entry instanceof Map<?, ?> map && map.get("raw") != null) {
            return String.valueOf(map.get("label") != null ? map.get("label") : map.get("raw"));
        }
        return Json.write(entry);
    }
}
