package dev.promptsmith.ui.generate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import dev.promptsmith.generate.DraftedCase;
import dev.promptsmith.generate.Problem;
import dev.promptsmith.shared.Json;
import dev.promptsmith.suiteedit.CheckSummary;
import dev.promptsmith.ui.suites.CaseDialog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Drafted cases to review, each with its variables, checks and problems; the valid ones start ticked. Edit opens a
 * case in the suite editor's case form; what comes back is checked again as the drafter's answer was, and is what
 * Keep writes.
 */
public class DraftedCasesGrid extends Grid<DraftedCase> {

    /** By identity: a model may draft two equal cases, and unticking one must not untick both. */
    private final Set<DraftedCase> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<DraftedCase> shown = new ArrayList<>();
    private List<String> variables = List.of();

    public DraftedCasesGrid(String id) {
        setId(id);
        setSelectionMode(SelectionMode.NONE);
        addComponentColumn(this::keepBox).setHeader("Keep").setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(DraftedCase::kind).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        addColumn(DraftedCase::description).setHeader("Case").setFlexGrow(2);
        addColumn(c -> c.vars().entrySet().stream()
                .map(e -> e.getKey() + ": " + shortened(e.getValue()))
                .collect(Collectors.joining(" · "))).setHeader("Variables").setFlexGrow(2);
        addColumn(c -> CheckSummary.of(c.checks())).setHeader("Checks").setFlexGrow(2);
        addColumn(c -> c.problems().stream().map(Problem::message).collect(Collectors.joining("; ")))
                .setHeader("Problems").setPartNameGenerator(c -> c.valid() ? null : "error-text").setFlexGrow(1);
        addComponentColumn(this::editButton).setAutoWidth(true).setFlexGrow(0);
    }

    /** @param variables the variables of the prompt the cases are for, each offered a field when a case is edited */
    public void show(List<DraftedCase> cases, List<String> variables) {
        this.variables = List.copyOf(variables);
        shown.clear();
        shown.addAll(cases);
        kept.clear();
        cases.stream().filter(DraftedCase::valid).forEach(kept::add);
        setItems(shown);
    }

    /** The ticked cases, in the order shown. */
    public List<DraftedCase> kept() {
        return shown.stream().filter(kept::contains).toList();
    }

    private Checkbox keepBox(DraftedCase drafted) {
        Checkbox box = new Checkbox(kept.contains(drafted));
        box.setId("keep-case-" + (indexOf(drafted) + 1));
        box.addValueChangeListener(change -> {
            if (change.getValue()) {
                kept.add(drafted);
            } else {
                kept.remove(drafted);
            }
        });
        return box;
    }

    private Button editButton(DraftedCase drafted) {
        Button edit = new Button("Edit", click -> edit(drafted));
        edit.setId("edit-case-" + (indexOf(drafted) + 1));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return edit;
    }

    private void edit(DraftedCase drafted) {
        int index = indexOf(drafted);
        new CaseDialog("Edit drafted case " + (index + 1), drafted.toEdit(), variables, true, test -> {
            DraftedCase edited = drafted.edited(index + 1, test, variables);
            // an edit that mends a case ticks it; one that breaks it unticks it; an unticked valid case stays so
            boolean tick = edited.valid() && (kept.contains(drafted) || !drafted.valid());
            kept.remove(drafted);
            shown.set(index, edited);
            if (tick) {
                kept.add(edited);
            }
            setItems(shown);
        }).open();
    }

    private int indexOf(DraftedCase drafted) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i) == drafted) {
                return i;
            }
        }
        return -1;
    }

    private static String shortened(Object value) {
        String text = value instanceof String s ? s : Json.write(value);
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() > 80 ? text.substring(0, 79) + "…" : text;
    }
}
