package dev.promptsmith.ui.prompts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteParameters;
import dev.promptsmith.exchange.PromptRename;
import dev.promptsmith.prompt.PromptLifecycle;
import dev.promptsmith.prompt.PromptSummary;
import dev.promptsmith.ui.editor.PromptEditorView;

/** Edit, rename, duplicate and delete one prompt. */
class PromptActions extends Div {

    PromptActions(PromptSummary prompt, PromptLifecycle lifecycle, PromptRename rename) {
        addClassName("prompt-actions");
        Button edit = new Button("Edit", click -> getUI().ifPresent(ui ->
                ui.navigate(PromptEditorView.class, new RouteParameters("name", prompt.name()))));
        edit.setId("edit-prompt");
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Button renameButton = new Button("Rename", click -> new RenameDialog(prompt, rename).open());
        renameButton.setId("rename-prompt");

        Button duplicate = new Button("Duplicate", click -> new NewPromptDialog("Duplicate " + prompt.title(),
                prompt.name() + "-copy", prompt.title() + " (copy)",
                (name, title) -> lifecycle.duplicate(prompt.name(), name, title)).open());
        duplicate.setId("duplicate-prompt");

        Button delete = new Button("Delete", click -> confirmDelete(prompt, lifecycle));
        delete.setId("delete-prompt");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(edit, renameButton, duplicate, delete);
    }

    private void confirmDelete(PromptSummary prompt, PromptLifecycle lifecycle) {
        ConfirmDialog dialog = new ConfirmDialog("Delete " + prompt.title() + "?",
                "The prompt leaves the lists and prompts/" + prompt.name() + ".prompty is removed. Its "
                        + prompt.versionCount() + " version(s) stay for the runs that used them.",
                "Delete", confirm -> {
                    String problem = lifecycle.delete(prompt.name());
                    getUI().ifPresent(ui -> ui.navigate(PromptsView.class));
                    if (problem != null) {
                        com.vaadin.flow.component.notification.Notification.show(problem);
                    }
                }, "Cancel", cancel -> { });
        dialog.setId("delete-dialog");
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
