package dev.promptsmith.ui.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Beside the Save button: whether there are unsaved changes, what the last save did, and a way out of a conflict. */
class SaveStatus extends Div {

    private final Span dirtyMark = new Span();
    private final Span message = new Span();
    private final Button resolve = new Button();
    private Runnable resolution = () -> { };

    SaveStatus() {
        setId("editor-status");
        addClassName("save-status");
        dirtyMark.setId("editor-dirty");
        message.setId("editor-message");
        resolve.setId("save-as-new");
        resolve.setVisible(false);
        resolve.addClickListener(click -> {
            resolve.setVisible(false);
            resolution.run();
        });
        add(dirtyMark, message, resolve);
    }

    void showDirty(boolean dirty, int basedOn) {
        dirtyMark.setText(dirty ? "Unsaved changes (from version " + basedOn + ")" : "Version " + basedOn);
        dirtyMark.getElement().getClassList().set("unsaved", dirty);
    }

    void show(String text, boolean error) {
        message.setText(text);
        message.getElement().getClassList().set("error-text", error);
        message.getElement().getClassList().set("ok-text", !error);
        resolve.setVisible(false);
    }

    /** A save was refused because of a newer version: says so and offers {@code label} to save after it. */
    void conflict(String text, String label, Runnable action) {
        show(text, true);
        resolution = action;
        resolve.setText(label);
        resolve.setVisible(true);
    }
}
