package dev.promptsmith.ui.prompts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import dev.promptsmith.exchange.PromptRename;
import dev.promptsmith.prompt.PromptSummary;
import dev.promptsmith.prompt.RenameResult;
import java.util.ArrayList;
import java.util.List;

/** Asks for a prompt's new name, renames it (with its file and the suites that name it) and opens it. */
class RenameDialog extends Dialog {

    private final TextField name = new TextField("New name (its file: prompts/NAME.prompty)");
    private final Div error = new Div();

    RenameDialog(PromptSummary prompt, PromptRename rename) {
        setHeaderTitle("Rename " + prompt.title());
        setId("rename-dialog");
        name.setId("rename-name");
        name.setValue(prompt.name());
        name.setWidthFull();
        name.setHelperText("lower-case letters, digits, '-', '_' and '.'");
        error.setId("rename-error");
        error.addClassName("error-text");
        Paragraph about = new Paragraph("Its versions, labels and runs stay with it. prompts/" + prompt.name()
                + ".prompty becomes the new file, and a suite that names it as file://prompts/" + prompt.name()
                + ".prompty is changed to the new name.");
        Div form = new Div(name, about, error);
        form.setWidth("28rem");
        add(form);
        Button confirm = new Button("Rename", click -> {
            String newName = name.getValue().strip();
            RenameResult result = rename.rename(prompt.name(), newName);
            if (!result.renamed()) {
                error.setText("Not renamed: " + String.join("; ", result.problems()));
                return;
            }
            close();
            List<String> said = new ArrayList<>(result.notes());
            said.addAll(result.problems());
            getUI().ifPresent(ui -> ui.navigate(PromptView.class, new RouteParameters("name", newName)));
            Notification notice = Notification.show("Renamed. " + String.join(". ", said) + ".", 8000,
                    Notification.Position.BOTTOM_START);
            notice.setId("rename-notice");
        });
        confirm.setId("rename-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
