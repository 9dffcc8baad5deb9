package dev.promptsmith.ui.generate;

import dev.promptsmith.generate.DraftedCase;
import dev.promptsmith.generate.Problem;
import dev.promptsmith.shared.Json;
import dev.promptsmith.suiteedit.CheckSummary;
import dev.promptsmith.ui.suites.CaseDialog;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Drafted cases to review, each with its variables, checks and problems; the valid ones start ticked. Edit opens a
 * case in the suite editor's case form, with the checks left out too, to mend; what comes back is checked again as
 * the drafter's answer was, and is what Keep writes.
 */
public class DraftedCasesGrid extends ReviewGrid<DraftedCase> {

    private List<String> variables = List.of();

    public DraftedCasesGrid(String id) {
        super(id, "case", DraftedCase::valid);
        addColumn(DraftedCase::kind).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        addColumn(DraftedCase::description).setHeader("Case").setFlexGrow(2);
        addColumn(c -> c.vars().entrySet().stream()
                .map(e -> e.getKey() + ": " + shortened(e.getValue()))
                .collect(Collectors.joining(" · "))).setHeader("Variables").setFlexGrow(2);
        addColumn(c -> CheckSummary.of(c.checks())).setHeader("Checks").setFlexGrow(2);
        addColumn(c -> c.problems().stream().map(Problem::message).collect(Collectors.joining("; ")))
                .setHeader("Problems").setPartNameGenerator(c -> c.valid() ? null : "error-text").setFlexGrow(1);
        addEditColumn();
    }

    /** @param variables the variables of the prompt the cases are for, each offered a field when a case is edited */
    public void show(List<DraftedCase> cases, List<String> variables) {
        this.variables = List.copyOf(variables);
        showAll(cases);
    }

    @Override
    void edit(DraftedCase drafted, int number) {
        new CaseDialog("Edit drafted case " + number, drafted.toEdit(), variables, true,
                test -> replace(drafted, drafted.edited(number, test, variables))).open();
    }

    private static String shortened(Object value) {
        String text = value instanceof String s ? s : Json.write(value);
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() > 80 ? text.substring(0, 79) + "…" : text;
    }
}
