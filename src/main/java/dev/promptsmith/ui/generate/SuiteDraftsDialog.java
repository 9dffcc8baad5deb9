package dev.promptsmith.ui.generate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.promptsmith.generate.CaseDrafts;
import dev.promptsmith.generate.DraftSaving;
import dev.promptsmith.generate.DraftedCase;
import dev.promptsmith.generate.Kept;
import dev.promptsmith.generate.Problem;
import dev.promptsmith.generate.SuggestedCheck;
import dev.promptsmith.generate.SuiteDrafting;
import dev.promptsmith.generate.Suggestions;
import dev.promptsmith.model.ModelCatalog;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.shared.InvalidFileException;
import java.util.List;

/**
 * Generate more cases, or suggest checks, for a suite: a model drafts them, the user ticks what to keep, and Add
 * writes them into the suite's file as the suite editor saves.
 */
public class SuiteDraftsDialog extends Dialog {

    /** What the dialog drafts. */
    public enum Mode { CASES, CHECKS }

    private final Mode mode;
    private final String suite;
    private final SuiteDrafting drafting;
    private final DraftSaving saving;
    private final Runnable added;
    private final ComboBox<ModelTarget> model = new ComboBox<>("Model that drafts");
    private final IntegerField count = new IntegerField("How many cases");
    private final Div status = new Div();
    private final UnorderedList problems = new UnorderedList();
    private final DraftedCasesGrid cases = new DraftedCasesGrid("drafted-suite-cases");
    private final SuggestedChecksGrid checks = new SuggestedChecksGrid("suggested-checks");
    private final Button add = new Button("Add to the suite");

    public SuiteDraftsDialog(Mode mode, String suite, SuiteDrafting drafting, DraftSaving saving, ModelCatalog models,
                             Runnable added) {
        this.mode = mode;
        this.suite = suite;
        this.drafting = drafting;
        this.saving = saving;
        this.added = added;
        setId("suite-drafts-dialog");
        setHeaderTitle(mode == Mode.CASES ? "Generate more cases" : "Suggest checks");
        setWidth("70rem");
        model.setId("suite-drafts-model");
        model.setItems(models.choices());
        model.setItemLabelGenerator(ModelTarget::name);
        count.setId("suite-drafts-count");
        count.setValue(5);
        count.setMin(1);
        count.setMax(30);
        count.setVisible(mode == Mode.CASES);
        status.setId("suite-drafts-status");
        problems.setId("suite-drafts-problems");
        problems.addClassName("error-text");
        cases.setVisible(false);
        checks.setVisible(false);
        Button draft = new Button(mode == Mode.CASES ? "Generate" : "Suggest", click -> draft());
        draft.setId("suite-drafts-run");
        draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("suite-drafts-add");
        add.setEnabled(false);
        add.addClickListener(click -> addKept());
        add(new VerticalLayout(model, count, draft, status, problems, cases, checks));
        getFooter().add(new Button("Close", click -> close()), add);
    }

    private void draft() {
        if (model.isEmpty()) {
            status.setText("Choose a model.");
            return;
        }
        ModelTarget chosen = model.getValue();
        int wanted = count.getValue() == null ? 5 : count.getValue();
        status.setText("Asking " + chosen.name() + "…");
        UI ui = UI.getCurrent();
        Thread.startVirtualThread(() -> {
            Object result;
            try {
                result = mode == Mode.CASES ? drafting.moreCases(suite, wanted, chosen)
                        : drafting.suggestChecks(suite, chosen);
            } catch (InvalidFileException e) {
                result = e.problems().stream().map(Object::toString).toList();
            } catch (RuntimeException e) {
                result = List.of(String.valueOf(e.getMessage()));
            }
            Object done = result;
            ui.access(() -> show(done));
        });
    }

    private void show(Object result) {
        problems.removeAll();
        switch (result) {
            case CaseDrafts drafted -> {
                listProblems(drafted.problems());
                cases.show(drafted.cases(), drafted.variables());
                cases.setVisible(true);
                status.setText("Drafted " + drafted.cases().size() + " cases. Tick those to add.");
            }
            case Suggestions suggested -> {
                listProblems(suggested.problems());
                checks.showAll(suggested.checks());
                checks.setVisible(true);
                status.setText("Suggested " + suggested.checks().size() + " checks. Tick those to add.");
            }
            case List<?> failures -> status.setText("Nothing was drafted: " + failures);
            default -> { }
        }
        add.setEnabled(true);
    }

    private void listProblems(List<Problem> found) {
        found.forEach(p -> problems.add(new ListItem(p.toString())));
    }

    private void addKept() {
        List<DraftedCase> keptCases = mode == Mode.CASES ? cases.kept() : List.of();
        List<SuggestedCheck> keptChecks = mode == Mode.CHECKS ? checks.kept() : List.of();
        add.setEnabled(false);
        status.setText("Adding to " + suite + "…");
        BackgroundKeep.run(() -> saving.addToSuite(suite, keptCases, keptChecks), kept -> {
            add.setEnabled(true);
            status.setText(String.join(". ", kept.messages()));
            if (kept.saved()) {
                close();
                added.run();
            }
        });
    }
}
