package dev.promptsmith.ui.prompts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import dev.promptsmith.prompt.SaveResult;
import dev.promptsmith.ui.editor.PromptEditorView;
import java.util.function.BiFunction;

/** Asks for a new prompt's key and title, makes it, and opens it in the editor. */
public class NewPromptDialog extends Dialog {

    private final TextField name = new TextField("Name (its file: prompts/NAME.prompty)");
    private final TextField title = new TextField("Title");
    private final Div error = new Div();

    /**
     * @param make  makes the prompt from a name and a title
     * @param extra more fields the dialog shows, e.g. what to start from
     */
    public NewPromptDialog(String heading, String suggestedName, String suggestedTitle,
                    BiFunction<String, String, SaveResult> make, Component... extra) {
        setHeaderTitle(heading);
        setId("new-prompt-dialog");
        name.setId("new-prompt-name");
        name.setValue(suggestedName);
        name.setWidthFull();
        name.setHelperText("lower-case letters, digits, '-', '_' and '.'");
        title.setId("new-prompt-title");
        title.setValue(suggestedTitle);
        title.setWidthFull();
        error.setId("new-prompt-error");
        error.addClassName("error-text");
        Div form = new Div(name, title);
        form.add(extra);
        form.add(error);
        form.setWidth("28rem");
        add(form);
        Button create = new Button("Create", click -> {
            SaveResult result = make.apply(name.getValue().strip(), title.getValue().strip());
            if (result instanceof SaveResult.Saved) {
                close();
                getUI().ifPresent(ui -> ui.navigate(PromptEditorView.class,
                        new RouteParameters("name", name.getValue().strip())));
            } else if (result instanceof SaveResult.Refused refused) {
                error.setText(String.join("; ", refused.problems()));
            } else {
                error.setText("Not created: " + result);
            }
        });
        create.setId("new-prompt-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), create);
    }
}
