package dev.promptsmith.ui.suites;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.promptsmith.shared.Json;
import dev.promptsmith.suiteedit.CheckSummary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The suite's own test cases as a grid (description, a column per variable, checks, last result)
 * with add, edit, duplicate, delete, bulk edit of the ticked rows, and search.
 */
class CasesPanel extends VerticalLayout {

    private final Runnable changed;
    private final List<CaseRow> rows = new ArrayList<>();
    private final Set<CaseRow> ticked = Collections.newSetFromMap(new IdentityHashMap<>());
    private final ListDataProvider<CaseRow> data = new ListDataProvider<>(rows);
    private final Grid<CaseRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Span count = new Span();
    private List<String> known = List.of();
    private Map<String, String> lastResults = Map.of();

    CasesPanel(Runnable changed) {
        this.changed = changed;
        setPadding(false);
        search.setId("case-search");
        search.setPlaceholder("Search cases");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> filter());
        Button add = new Button("Add case", click -> edit(null));
        add.setId("case-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button duplicate = new Button("Duplicate", click -> duplicate());
        duplicate.setId("case-duplicate");
        Button delete = new Button("Delete", click -> confirmDelete());
        delete.setId("case-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button bulk = new Button("Bulk edit", click -> bulk());
        bulk.setId("case-bulk");
        Button importCases = new Button("Import CSV / JSONL", click -> new ImportCasesDialog(this::addCases).open());
        importCases.setId("case-import");
        count.setId("case-count");
        HorizontalLayout toolbar = new HorizontalLayout(add, duplicate, delete, bulk, importCases, search, count);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        grid.setId("cases-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(data);
        grid.setHeight("28rem");
        grid.addItemDoubleClickListener(click -> edit(click.getItem()));
        add(toolbar, grid);
    }

    /** Shows these cases, with a column for each of {@code variables} and the others the cases give. */
    void show(List<Map<String, Object>> cases, List<String> variables, Map<String, String> lastResults) {
        this.known = variables;
        this.lastResults = lastResults;
        rows.clear();
        ticked.clear();
        cases.forEach(test -> rows.add(new CaseRow(new LinkedHashMap<>(test))));
        refresh();
    }

    /** The cases as they stand, in their order. */
    List<Map<String, Object>> cases() {
        return rows.stream().map(row -> row.test).toList();
    }

    /** Adds test entries (promptfoo's shape: description, vars, assert ...) after the others, as an import gives them. */
    void addCases(List<Map<String, Object>> entries) {
        entries.forEach(entry -> rows.add(new CaseRow(new LinkedHashMap<>(entry))));
        refresh();
        changed.run();
    }

    private void refresh() {
        grid.removeAllColumns();
        grid.addColumn(new ComponentRenderer<>(this::descriptionCell)).setHeader("Description").setFlexGrow(3);
        for (String variable : variables()) {
            grid.addColumn(row -> shown(row.vars().get(variable))).setHeader(variable).setFlexGrow(2);
        }
        grid.addColumn(row -> CheckSummary.of(row.test.get("assert"))).setHeader("Checks").setFlexGrow(3);
        grid.addColumn(row -> lastResults.getOrDefault(row.description(), "")).setHeader("Last result")
                .setAutoWidth(true).setFlexGrow(0);
        filter();
    }

    private HorizontalLayout descriptionCell(CaseRow row) {
        Checkbox tick = new Checkbox(ticked.contains(row));
        tick.addClassName("case-tick");
        tick.addValueChangeListener(change -> {
            if (change.getValue()) {
                ticked.add(row);
            } else {
                ticked.remove(row);
            }
        });
        Span text = new Span(row.description().isBlank() ? "test " + (rows.indexOf(row) + 1) : row.description());
        Button edit = new Button("Edit", click -> edit(row));
        edit.addClassName("case-edit");
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        HorizontalLayout cell = new HorizontalLayout(tick, text, edit);
        cell.addClassName("case-row");
        cell.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return cell;
    }

    private List<String> variables() {
        Set<String> names = new LinkedHashSet<>(known);
        rows.forEach(row -> row.vars().keySet().forEach(key -> names.add(String.valueOf(key))));
        return List.copyOf(names);
    }

    private void filter() {
        String wanted = search.getValue().strip().toLowerCase(Locale.ROOT);
        data.setFilter(row -> wanted.isEmpty() || text(row).contains(wanted));
        ticked.removeIf(row -> !wanted.isEmpty() && !text(row).contains(wanted));
        count.setText(data.size(new com.vaadin.flow.data.provider.Query<>()) + " of " + rows.size() + " cases");
    }

    private static String text(CaseRow row) {
        return (row.description() + " " + Json.write(row.vars()) + " " + CheckSummary.of(row.test.get("assert")))
                .toLowerCase(Locale.ROOT);
    }

    private void edit(CaseRow row) {
        new CaseDialog(row == null ? "New test case" : "Edit test case", row == null ? Map.of() : row.test,
                variables(), true, edited -> {
                    if (row == null) {
                        rows.add(new CaseRow(edited));
                    } else {
                        row.test = edited;
                    }
                    refresh();
                    changed.run();
                }).open();
    }

    private List<CaseRow> tickedInOrder() {
        return rows.stream().filter(ticked::contains).toList();
    }

    private void duplicate() {
        List<CaseRow> chosen = tickedInOrder();
        for (CaseRow row : chosen) {
            Map<String, Object> copy = Json.readObject(Json.write(row.test));
            if (!row.description().isBlank()) {
                copy.put("description", row.description() + " (copy)");
            }
            rows.add(rows.indexOf(row) + 1, new CaseRow(copy));
        }
        if (!chosen.isEmpty()) {
            // what was ticked is done with: a delete after this must not take the originals too
            ticked.clear();
            refresh();
            changed.run();
        }
    }

    private void confirmDelete() {
        List<CaseRow> chosen = tickedInOrder();
        if (chosen.isEmpty()) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog("Delete " + chosen.size() + (chosen.size() == 1 ? " case?" : " cases?"),
                "They are removed from the suite when you save.", "Delete", yes -> delete(chosen), "Keep", no -> { });
        confirm.setId("delete-dialog");
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void delete(List<CaseRow> chosen) {
        chosen.forEach(row -> rows.removeIf(r -> r == row));
        ticked.clear();
        refresh();
        changed.run();
    }

    private void bulk() {
        List<CaseRow> chosen = tickedInOrder();
        if (chosen.isEmpty()) {
            return;
        }
        new BulkDialog(chosen.size(), new BulkDialog.Actions() {
            @Override
            public void setVariable(String name, String value) {
                for (CaseRow row : chosen) {
                    Map<String, Object> vars = new LinkedHashMap<>();
                    row.vars().forEach((k, v) -> vars.put(String.valueOf(k), v));
                    vars.put(name, value);
                    row.test.put("vars", vars);
                }
                refresh();
                changed.run();
            }

            @Override
            public void addCheck(Map<String, Object> check) {
                for (CaseRow row : chosen) {
                    List<Object> checks = new ArrayList<>(row.test.get("assert") instanceof List<?> list ? list : List.of());
                    checks.add(new LinkedHashMap<>(check));
                    row.test.put("assert", checks);
                }
                refresh();
                changed.run();
            }

            @Override
            public void delete() {
                CasesPanel.this.delete(chosen);
            }
        }).open();
    }

    private static String shown(Object value) {
        return value == null ? "" : value instanceof String text ? text : Json.write(value);
    }
}
