package dev.promptsmith.ui.suites;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.promptsmith.ui.checks.CheckEditor;
import java.util.LinkedHashMap;
import java.util.Map;

/** What is done to every selected case at once: set a variable, add a check, or delete them. */
class BulkDialog extends Dialog {

    /** What the cases panel does for the dialog. */
    interface Actions {
        void setVariable(String name, String value);

        void addCheck(Map<String, Object> check);

        void delete();
    }

    BulkDialog(int selected, Actions actions) {
        setId("bulk-dialog");
        setHeaderTitle("Edit " + selected + (selected == 1 ? " case" : " cases"));
        setWidth("48rem");
        TextField name = new TextField("Variable");
        name.setId("bulk-variable-name");
        TextField value = new TextField("Value");
        value.setId("bulk-variable-value");
        Div problems = new Div();
        problems.setId("bulk-problems");
        problems.addClassName("error-text");
        Button setVariable = new Button("Set on all", click -> {
            if (name.getValue().isBlank()) {
                problems.setText("variable: give its name");
                return;
            }
            actions.setVariable(name.getValue().strip(), value.getValue());
            close();
        });
        setVariable.setId("bulk-set-variable");
        HorizontalLayout variableRow = new HorizontalLayout(name, value, setVariable);
        variableRow.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.BASELINE);
        CheckEditor check = new CheckEditor(new LinkedHashMap<>());
        Button addCheck = new Button("Add to all", click -> {
            if (!check.problems().isEmpty()) {
                problems.setText(String.join("; ", check.problems()));
                return;
            }
            actions.addCheck(check.value());
            close();
        });
        addCheck.setId("bulk-add-check");
        Button delete = new Button("Delete " + selected + (selected == 1 ? " case" : " cases"), click -> {
            ConfirmDialog confirm = new ConfirmDialog("Delete " + selected + (selected == 1 ? " case?" : " cases?"),
                    "They are removed from the suite when you save.", "Delete", yes -> {
                        actions.delete();
                        close();
                    }, "Keep", no -> { });
            confirm.setId("delete-dialog");
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        delete.setId("bulk-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H4("Set a variable"), variableRow, new H4("Add a check"), check, addCheck, new H4("Delete"), delete,
                problems);
        Button cancel = new Button("Close", click -> close());
        cancel.setId("bulk-close");
        getFooter().add(cancel);
    }
}
