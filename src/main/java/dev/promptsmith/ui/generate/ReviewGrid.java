package dev.promptsmith.ui.generate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Drafts to review, a row each: a Keep box first and an Edit button last ({@code keep-NOUN-N}, {@code edit-NOUN-N},
 * from 1). An edit replaces its row; an edit that mends a draft ticks it, one that breaks it unticks it, and a valid
 * draft the user unticked stays so.
 */
abstract class ReviewGrid<T> extends Grid<T> {

    /** By identity: a model may draft two equal items, and unticking one must not untick both. */
    private final Set<T> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<T> shown = new ArrayList<>();
    private final String noun;
    private final Predicate<T> valid;

    ReviewGrid(String id, String noun, Predicate<T> valid) {
        this.noun = noun;
        this.valid = valid;
        setId(id);
        setSelectionMode(SelectionMode.NONE);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addComponentColumn(this::keepBox).setHeader("Keep").setAutoWidth(true).setFlexGrow(0);
    }

    /** Adds the Edit column: call after the columns of the drafts themselves. */
    void addEditColumn() {
        addComponentColumn(this::editButton).setAutoWidth(true).setFlexGrow(0);
    }

    /** Shows the drafts, the valid ones ticked. */
    void showAll(List<T> items) {
        shown.clear();
        shown.addAll(items);
        kept.clear();
        items.stream().filter(valid).forEach(kept::add);
        setItems(shown);
    }

    /** The ticked drafts, in the order shown. */
    public List<T> kept() {
        return shown.stream().filter(kept::contains).toList();
    }

    /** Opens the draft in a form; {@link #replace} takes what comes back. */
    abstract void edit(T item, int number);

    void replace(T item, T edited) {
        int index = indexOf(item);
        boolean tick = valid.test(edited) && (kept.contains(item) || !valid.test(item));
        kept.remove(item);
        shown.set(index, edited);
        if (tick) {
            kept.add(edited);
        }
        setItems(shown);
    }

    private Checkbox keepBox(T item) {
        Checkbox box = new Checkbox(kept.contains(item));
        box.setId("keep-" + noun + "-" + (indexOf(item) + 1));
        box.addValueChangeListener(change -> {
            if (change.getValue()) {
                kept.add(item);
            } else {
                kept.remove(item);
            }
        });
        return box;
    }

    private Button editButton(T item) {
        Button edit = new Button("Edit", click -> edit(item, indexOf(item) + 1));
        edit.setId("edit-" + noun + "-" + (indexOf(item) + 1));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return edit;
    }

    private int indexOf(T item) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i) == item) {
                return i;
            }
        }
        return -1;
    }
}
