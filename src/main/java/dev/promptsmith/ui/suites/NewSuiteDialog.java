package dev.promptsmith.ui.suites;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import dev.promptsmith.suiteedit.SuiteEditing;
import dev.promptsmith.suiteedit.SuiteSave;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A new suite: its name, prompts and models, written to {@code testcases/NAME.yaml}; the editor opens on it. */
class NewSuiteDialog extends Dialog {

    NewSuiteDialog(SuiteEditing editing, List<String> promptNames, List<String> modelIds) {
        setId("new-suite-dialog");
        setHeaderTitle("New suite");
        setWidth("40rem");
        TextField name = new TextField("Name (the file testcases/NAME.yaml)");
        name.setId("new-suite-name");
        name.setWidthFull();
        TextField description = new TextField("Description");
        description.setId("new-suite-description");
        description.setWidthFull();
        MultiSelectComboBox<String> prompts = new MultiSelectComboBox<>("Prompts");
        prompts.setId("new-suite-prompts");
        prompts.setItems(promptNames);
        prompts.setWidthFull();
        Set<String> ids = new LinkedHashSet<>(modelIds);
        MultiSelectComboBox<String> providers = new MultiSelectComboBox<>("Models (type an id to add one)");
        providers.setId("new-suite-providers");
        providers.setItems(new ArrayList<>(ids));
        providers.setAllowCustomValue(true);
        providers.addCustomValueSetListener(custom -> {
            ids.add(custom.getDetail().strip());
            providers.setItems(new ArrayList<>(ids));
            Set<String> chosen = new LinkedHashSet<>(providers.getSelectedItems());
            chosen.add(custom.getDetail().strip());
            providers.select(chosen);
        });
        providers.setWidthFull();
        Div problems = new Div();
        problems.setId("new-suite-problems");
        problems.addClassName("error-text");
        Button create = new Button("Create", click -> {
            String suite = name.getValue().strip();
            SuiteSave result = editing.create(suite, description.getValue(), List.copyOf(prompts.getSelectedItems()),
                    List.copyOf(providers.getSelectedItems()));
            switch (result) {
                case SuiteSave.Saved saved -> {
                    close();
                    getUI().ifPresent(ui -> ui.navigate(SuiteEditorView.class, new RouteParameters("name", suite)));
                }
                case SuiteSave.Refused refused -> problems.setText(String.join("; ", refused.problems()));
                case SuiteSave.Stale stale -> problems.setText(stale.message());
                case SuiteSave.Unchanged unchanged -> close();
            }
        });
        create.setId("new-suite-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        add(new VerticalLayout(name, description, prompts, providers, problems));
        getFooter().add(cancel, create);
    }
}
