package dev.promptsmith.ui.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.promptsmith.prompt.PromptDiff;
import dev.promptsmith.prompt.PromptVersion;
import dev.promptsmith.ui.prompts.PromptDiffView;

/**
 * Shown when a newer version arrives (its file changed on disk, or someone saved) while the editor has
 * unsaved changes: what differs between that version and the draft, and the three ways on. Every way
 * keeps both: keeping mine saves the draft as the version after theirs; taking theirs discards the draft
 * only after a confirmation; going on editing changes nothing (a later save offers to save after theirs).
 */
class FileChangePanel extends Div {

    /** What the editor does for each choice. */
    interface Choices {
        void keepMine(PromptVersion theirs);

        void takeTheirs(PromptVersion theirs);
    }

    private final Paragraph said = new Paragraph();
    private final Div diff = new Div();
    private final Button keepMine = new Button("Keep mine");
    private final Button takeTheirs = new Button();
    private final Button keepEditing = new Button("Keep editing");
    private final Choices choices;
    private PromptVersion theirs;

    FileChangePanel(Choices choices) {
        this.choices = choices;
        setId("file-change");
        addClassName("file-change");
        said.setId("file-change-text");
        diff.setId("file-change-diff");
        diff.addClassName("prompt-diff");
        keepMine.setId("keep-mine");
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepMine.addClickListener(click -> {
            setVisible(false);
            choices.keepMine(theirs);
        });
        takeTheirs.setId("take-theirs");
        takeTheirs.addClickListener(click -> confirmTakeTheirs());
        keepEditing.setId("keep-editing");
        keepEditing.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        keepEditing.addClickListener(click -> setVisible(false));
        Div buttons = new Div(keepMine, takeTheirs, keepEditing);
        buttons.addClassName("form-row");
        add(said, buttons, diff);
        setVisible(false);
    }

    /** Shows that {@code newer} arrived while the draft (from version {@code basedOn}) is unsaved. */
    void show(PromptVersion newer, int basedOn, PromptDiff difference) {
        theirs = newer;
        String where = newer.author() == null ? "from its file, changed on disk" : "by " + newer.author();
        said.setText("Version " + newer.number() + " came " + where + " while you were editing version " + basedOn
                + ". Your changes are not saved. Below: what your draft changes in version " + newer.number()
                + " (struck: only in version " + newer.number() + "; marked: only in your draft).");
        takeTheirs.setText("Take version " + newer.number());
        keepMine.setText("Keep mine (save as version " + (newer.number() + 1) + ")");
        diff.removeAll();
        if (difference.empty()) {
            diff.setText("Your draft and version " + newer.number() + " are the same.");
        } else {
            PromptDiffView.sections(difference).forEach(diff::add);
        }
        setVisible(true);
    }

    private void confirmTakeTheirs() {
        ConfirmDialog dialog = new ConfirmDialog("Discard your changes?", "The editor shows version "
                + theirs.number() + " and your unsaved changes are gone.", "Discard mine", confirm -> {
                    setVisible(false);
                    choices.takeTheirs(theirs);
                }, "Cancel", cancel -> { });
        dialog.setId("take-theirs-dialog");
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
