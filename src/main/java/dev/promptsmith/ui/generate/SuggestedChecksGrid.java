package dev.promptsmith.ui.generate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import dev.promptsmith.generate.SuggestedCheck;
import dev.promptsmith.suiteedit.CheckSummary;
import dev.promptsmith.ui.checks.CheckEditor;
import java.util.List;

/**
 * Suggested checks to review, each with the case it is for and why; all start ticked (those that were not valid
 * were left out with their problems). Edit opens a check in the suite editor's check form, which keeps it from
 * coming back until it is valid.
 */
class SuggestedChecksGrid extends ReviewGrid<SuggestedCheck> {

    SuggestedChecksGrid(String id) {
        super(id, "check", check -> true);
        addColumn(c -> c.caseNumber() == 0 ? "Every case" : "Case " + c.caseNumber()).setHeader("For")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(c -> CheckSummary.of(List.of(c.check()))).setHeader("Check").setFlexGrow(2);
        addColumn(SuggestedCheck::why).setHeader("Why").setFlexGrow(2);
        addEditColumn();
    }

    @Override
    void edit(SuggestedCheck suggested, int number) {
        Dialog dialog = new Dialog();
        dialog.setId("suggested-check-dialog");
        dialog.setHeaderTitle("Edit suggested check " + number);
        dialog.setWidth("48rem");
        CheckEditor editor = new CheckEditor(suggested.check());
        dialog.add(editor);
        Button ok = new Button("OK", click -> {
            if (editor.problems().isEmpty()) {
                replace(suggested, new SuggestedCheck(suggested.caseNumber(), suggested.why(), editor.value()));
                dialog.close();
            }
        });
        ok.setId("suggested-check-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), ok);
        dialog.open();
    }
}
