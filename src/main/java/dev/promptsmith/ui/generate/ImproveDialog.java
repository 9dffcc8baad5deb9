package dev.promptsmith.ui.generate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import dev.promptsmith.generate.FailingCase;
import dev.promptsmith.generate.FailingCases;
import dev.promptsmith.generate.Improver;
import dev.promptsmith.generate.Revision;
import dev.promptsmith.model.ModelCatalog;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.prompt.PromptVersion;
import dev.promptsmith.prompt.SaveResult;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.ui.prompts.PromptDiffView;
import java.util.List;

/**
 * Improve a prompt: the user's feedback and the failing cases of its latest run go to a model, which proposes a
 * revision with an explanation; the diff is shown and Accept saves it as the next version.
 */
public class ImproveDialog extends Dialog {

    /** The most failing cases offered; more would not fit in one request to the model anyway. */
    private static final int MOST_FAILURES = 20;

    private final Improver improver;
    private final String promptName;
    private final PromptVersion version;
    private final Runnable saved;
    private final TextArea feedback = new TextArea("What should be better?");
    private final ComboBox<ModelTarget> model = new ComboBox<>("Model that revises");
    private final CheckboxGroup<FailingCase> failures = new CheckboxGroup<>("Failing cases of the latest run to include");
    private final Div status = new Div();
    private final Paragraph explanation = new Paragraph();
    private final Div diff = new Div();
    private final UnorderedList problems = new UnorderedList();
    private final Button accept = new Button("Accept as a new version");
    private Revision revision;

    public ImproveDialog(String promptName, PromptVersion version, Improver improver, FailingCases failing,
                         ModelCatalog models, Runnable saved) {
        this.improver = improver;
        this.promptName = promptName;
        this.version = version;
        this.saved = saved;
        setId("improve-dialog");
        setHeaderTitle("Improve version " + version.number());
        setWidth("60rem");
        feedback.setId("improve-feedback");
        feedback.setWidthFull();
        model.setId("improve-model");
        model.setItems(models.choices());
        model.setItemLabelGenerator(ModelTarget::name);
        failures.setId("improve-failures");
        List<FailingCase> found = failing.latest(promptName, version, MOST_FAILURES);
        failures.setItems(found);
        failures.setItemLabelGenerator(c -> c.description() + ": " + String.join("; ", c.reasons()));
        failures.setVisible(!found.isEmpty());
        status.setId("improve-status");
        explanation.setId("improve-explanation");
        diff.setId("improve-diff");
        problems.setId("improve-problems");
        problems.addClassName("error-text");
        Button propose = new Button("Propose a revision", click -> propose());
        propose.setId("improve-propose");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setId("improve-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        accept.setEnabled(false);
        accept.addClickListener(click -> accept());
        Paragraph none = new Paragraph(found.isEmpty() ? "The latest run of this version failed no case (or there "
                + "is none): describe what should be better." : "");
        add(new VerticalLayout(feedback, model, failures, none, propose, status, explanation, problems, diff));
        getFooter().add(new Button("Close", click -> close()), accept);
    }

    private void propose() {
        if (model.isEmpty() || feedback.getValue().isBlank() && failures.getSelectedItems().isEmpty()) {
            status.setText("Choose a model, and give feedback or tick failing cases.");
            return;
        }
        ModelTarget chosen = model.getValue();
        String text = feedback.getValue();
        List<FailingCase> chosenFailures = List.copyOf(failures.getSelectedItems());
        status.setText("Asking " + chosen.name() + " for a revision…");
        accept.setEnabled(false);
        UI ui = UI.getCurrent();
        Thread.startVirtualThread(() -> {
            Revision proposed = null;
            String failure = null;
            try {
                proposed = improver.propose(promptName, version, text, chosenFailures, chosen);
            } catch (InvalidFileException | RuntimeException e) {
                failure = e.getMessage();
            }
            Revision done = proposed;
            String failed = failure;
            ui.access(() -> show(done, failed));
        });
    }

    private void show(Revision proposed, String failure) {
        revision = proposed;
        problems.removeAll();
        diff.removeAll();
        if (proposed == null) {
            status.setText("No revision: " + failure);
            return;
        }
        status.setText(proposed.acceptable() ? "Proposed revision:" : "The revision cannot be saved as it is.");
        explanation.setText(proposed.explanation());
        proposed.problems().forEach(p -> problems.add(new ListItem(p.toString())));
        PromptDiffView.sections(proposed.diff()).forEach(diff::add);
        accept.setEnabled(proposed.acceptable());
    }

    private void accept() {
        if (revision == null) {
            return;
        }
        switch (improver.accept(revision)) {
            case SaveResult.Saved done -> {
                close();
                saved.run();
            }
            case SaveResult.Refused refused -> status.setText("Not saved: " + String.join("; ", refused.problems()));
            case SaveResult.Conflict conflict -> status.setText(conflict.describe());
            case SaveResult.Unchanged unchanged -> status.setText("Not saved: the revision is the latest version.");
        }
    }
}
