package dev.promptsmith.ui.playground;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import dev.promptsmith.prompt.RenderException;
import dev.promptsmith.prompt.RenderedMessage;
import dev.promptsmith.shared.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Edit messages": the prompt's messages as they will be sent, the system message first, editable before a run.
 * Edited messages are what the playground sends until Reset or another prompt; the prompt itself is never changed.
 */
class MessageEdits extends Details {

    /** The prompt's messages with the variables as they are filled in now. */
    interface Rendering {
        List<RenderedMessage> render() throws RenderException;
    }

    private final Rendering rendering;
    private final Div fields = new Div();
    private final Span note = new Span();
    private final List<TextArea> shown = new ArrayList<>();
    private final List<RenderedMessage> rendered = new ArrayList<>();

    MessageEdits(Rendering rendering) {
        this.rendering = rendering;
        setSummaryText("Edit messages");
        setId("edit-messages");
        addClassName("message-edits");
        fields.addClassName("message-fields");
        note.setId("messages-note");
        note.addClassName("messages-note");
        Button reset = new Button("Reset to the prompt", click -> refresh());
        reset.setId("reset-messages");
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add(new Div(note, reset), fields);
        addOpenedChangeListener(change -> {
            if (change.isOpened() && !edited()) {
                refresh();
            }
        });
    }

    /** The prompt or its variables changed: messages nobody edited follow them; edits are kept. */
    void variablesChanged() {
        if (isOpened() && !edited()) {
            refresh();
        }
    }

    /** Another prompt or version: edits of the old one do not apply. */
    void promptChanged() {
        if (isOpened()) {
            refresh();
        } else {
            clear();
        }
    }

    /** The messages as edited, without empty ones; empty when nothing was edited and the prompt is to be rendered. */
    Optional<List<RenderedMessage>> edits() {
        if (!edited()) {
            return Optional.empty();
        }
        List<RenderedMessage> messages = new ArrayList<>();
        for (int k = 0; k < shown.size(); k++) {
            String text = shown.get(k).getValue();
            if (!text.isBlank()) {
                messages.add(new RenderedMessage(rendered.get(k).role(), text));
            }
        }
        return Optional.of(messages);
    }

    private boolean edited() {
        for (int k = 0; k < shown.size(); k++) {
            if (!shown.get(k).getValue().equals(rendered.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private void refresh() {
        clear();
        List<RenderedMessage> messages;
        try {
            messages = rendering.render();
        } catch (RenderException e) {
            note.setText(e.getMessage());
            return;
        }
        if (messages.isEmpty() || messages.getFirst().role() != Role.SYSTEM) {
            // a prompt without one can be tried with one
            rendered.add(new RenderedMessage(Role.SYSTEM, ""));
        }
        rendered.addAll(messages);
        for (RenderedMessage message : rendered) {
            TextArea field = new TextArea(message.role().wireName());
            field.addClassName("message-field");
            field.getElement().setAttribute("data-role", message.role().wireName());
            field.setWidthFull();
            field.setValue(message.text());
            if (message.role() == Role.SYSTEM && message.text().isEmpty()) {
                field.setPlaceholder("No system message: type one to send it");
            }
            field.addValueChangeListener(change -> showNote());
            shown.add(field);
            fields.add(field);
        }
        showNote();
    }

    private void showNote() {
        note.setText(edited() ? "Edited: runs send these messages until you reset them; the prompt is not changed."
                : "The messages as they will be sent. Edits here are for trying out; the prompt is not changed.");
    }

    private void clear() {
        fields.removeAll();
        shown.clear();
        rendered.clear();
        note.setText("");
    }
}
