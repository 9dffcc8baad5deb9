package dev.promptsmith.ui.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.promptsmith.prompt.DraftCheck;
import dev.promptsmith.prompt.PromptDraft;
import dev.promptsmith.shared.Role;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One message turn: its role, its template text (with line numbers and its template syntax marked, the
 * lines of its errors marked in the gutter), buttons to move or remove it, and its problems.
 */
class MessageEditor extends Div {

    /** What the list of messages does when a message asks to move or go. */
    interface Moves {
        void up(MessageEditor message);

        void down(MessageEditor message);

        void remove(MessageEditor message);
    }

    private final Select<Role> role = new Select<>();
    private final TextArea text = new TextArea();
    private final Div problems = new Div();

    MessageEditor(PromptDraft.Message message, Moves moves, Runnable changed) {
        addClassName("message-editor");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::wireName);
        role.setValue(message.role());
        role.addClassName("message-role");
        role.setWidth("9rem");
        role.addValueChangeListener(change -> changed.run());

        text.setValue(message.text());
        text.addClassName("message-text-editor");
        text.setWidthFull();
        text.setMinHeight("5rem");
        // every key goes to the server, so the preview follows the typing; keys typed while a round trip is under
        // way go together in the next one
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.addValueChangeListener(change -> changed.run());

        // line numbers and syntax marks: a script beside the text area, which stays a plain textarea
        text.addAttachListener(attach -> attach.getUI().getPage().addJavaScript("context://scripts/template-editor.js"));
        text.addAttachListener(attach -> text.getElement().executeJs("const host = this; (function wait(tries) {"
                + " if (window.promptsmithTemplate) { window.promptsmithTemplate.attach(host); }"
                + " else if (tries > 0) { setTimeout(() => wait(tries - 1), 50); } })(100);"));

        Button up = iconButton(VaadinIcon.ARROW_UP, "Move up", "message-up", () -> moves.up(this));
        Button down = iconButton(VaadinIcon.ARROW_DOWN, "Move down", "message-down", () -> moves.down(this));
        Button remove = iconButton(VaadinIcon.TRASH, "Remove this message", "message-remove", () -> moves.remove(this));
        Div bar = new Div(role, up, down, remove);
        bar.addClassName("message-bar");
        problems.addClassNames("message-problems", "error-text");
        add(bar, text, problems);
    }

    PromptDraft.Message value() {
        return new PromptDraft.Message(role.getValue(), text.getValue());
    }

    void showProblems(List<DraftCheck.Problem> found) {
        problems.setText(found.stream().map(DraftCheck.Problem::describe).collect(Collectors.joining("\n")));
        problems.setVisible(!found.isEmpty());
        text.setInvalid(!found.isEmpty());
        // the problems count the lines of the stripped text; the gutter counts the text area's
        String value = text.getValue();
        int offset = (int) value.substring(0, value.length() - value.stripLeading().length()).chars()
                .filter(c -> c == '\n').count();
        text.getElement().setAttribute("data-error-lines", found.stream().filter(p -> p.line() > 0)
                .map(p -> String.valueOf(p.line() + offset)).distinct().collect(Collectors.joining(" ")));
    }

    private static Button iconButton(VaadinIcon icon, String label, String className, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addClassName(className);
        return button;
    }
}
