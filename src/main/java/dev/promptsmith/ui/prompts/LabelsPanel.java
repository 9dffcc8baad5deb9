package dev.promptsmith.ui.prompts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.promptsmith.prompt.PromptLabel;
import dev.promptsmith.prompt.PromptVersion;
import dev.promptsmith.prompt.PromptVersions;
import java.util.ArrayList;
import java.util.List;

/**
 * The labels of a prompt (one version each) and a way to put one on the selected version;
 * a protected label asks before it moves.
 */
class LabelsPanel extends Div {

    private final long promptId;
    private final PromptVersions versions;
    private final Runnable moved;
    private final Div current = new Div();
    private final ComboBox<String> label = new ComboBox<>("Label");
    private final Checkbox protect = new Checkbox("Protected (moving it asks first)");
    private final Button put = new Button();
    private PromptVersion selected;

    LabelsPanel(long promptId, PromptVersions versions, Runnable moved) {
        this.promptId = promptId;
        this.versions = versions;
        this.moved = moved;
        setId("labels-panel");
        current.setId("labels");
        current.addClassName("chips");
        label.setId("label-name");
        label.setAllowCustomValue(true);
        label.addCustomValueSetListener(custom -> {
            List<String> items = new ArrayList<>(PromptVersions.SUGGESTED_LABELS);
            items.add(custom.getDetail());
            label.setItems(items);
            label.setValue(custom.getDetail());
        });
        label.setItems(PromptVersions.SUGGESTED_LABELS);
        label.addValueChangeListener(change -> protect.setValue(labels().stream()
                .filter(l -> l.label().equals(change.getValue())).findFirst().map(PromptLabel::protect)
                .orElse("production".equals(change.getValue()))));
        protect.setId("label-protected");
        put.setId("label-put");
        put.addClickListener(click -> move(false));
        Div form = new Div(label, protect, put);
        form.addClassName("form-row");
        add(current, form);
        showLabels();
    }

    void select(PromptVersion version) {
        selected = version;
        put.setText("Put on v" + version.number());
    }

    private List<PromptLabel> labels() {
        return versions.labels(promptId);
    }

    private void move(boolean confirmed) {
        if (selected == null || label.getValue() == null || label.getValue().isBlank()) {
            return;
        }
        PromptVersions.LabelMove result = versions.moveLabel(promptId, label.getValue(), selected, protect.getValue(),
                confirmed);
        if (result == PromptVersions.LabelMove.NEEDS_CONFIRMATION) {
            ConfirmDialog dialog = new ConfirmDialog("Move the protected label '" + label.getValue() + "'?",
                    "'" + label.getValue() + "' is protected: whatever uses it gets version " + selected.number()
                            + " from now on.",
                    "Move it", confirm -> move(true), "Cancel", cancel -> { });
            dialog.setId("label-confirm");
            dialog.open();
            return;
        }
        showLabels();
        moved.run();
    }

    private void showLabels() {
        current.removeAll();
        List<PromptLabel> labels = labels();
        if (labels.isEmpty()) {
            current.add(new Span("No labels yet."));
        }
        for (PromptLabel l : labels) {
            Span chip = new Span(l.label() + " → v" + l.versionNumber() + (l.protect() ? " (protected)" : ""));
            chip.addClassName("chip");
            chip.addClassName("label-chip");
            current.add(chip);
        }
    }
}
