package dev.promptsmith.ui.suites;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.promptsmith.exchange.WorkspaceChanges;
import dev.promptsmith.model.ModelCatalog;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.prompt.PromptCatalog;
import dev.promptsmith.prompt.PromptSummary;
import dev.promptsmith.run.RunService;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.shared.Json;
import dev.promptsmith.suite.results.SuiteResults;
import dev.promptsmith.suiteedit.CheckSummary;
import dev.promptsmith.suiteedit.SuiteDraft;
import dev.promptsmith.suiteedit.SuiteEditing;
import dev.promptsmith.suiteedit.SuiteSave;
import dev.promptsmith.ui.MainLayout;
import dev.promptsmith.ui.UnsavedWork;
import dev.promptsmith.ui.WorkspaceRefresh;
import java.util.List;
import java.util.Map;

/**
 * A suite's file edited in the browser: its test cases, its defaults, its prompts and models.
 * Saving writes {@code testcases/NAME.yaml} (only the sections that changed) and stores a new
 * version; a save over a suite that moved on is refused with the edits kept on screen.
 */
@Route(value = "suites/:name/edit", layout = MainLayout.class)
public class SuiteEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle {

    private final SuiteEditing editing;
    private final RunService runs;
    private final SuiteResults results;
    private final PromptCatalog prompts;
    private final ModelCatalog models;
    private final Span dirtyMark = new Span();
    private final Span message = new Span();
    private final Button reload = new Button("Reload the suite (drops your edits)");
    private CasesPanel cases;
    private DefaultsPanel defaults;
    private SourcesPanel sources;
    private final Grid<SuiteDraft.FileCase> fileCases = new Grid<>();
    private SuiteDraft draft;
    private boolean dirty;
    private String name = "";

    public SuiteEditorView(SuiteEditing editing, RunService runs, SuiteResults results, PromptCatalog prompts,
                           ModelCatalog models, WorkspaceChanges changes) {
        this.editing = editing;
        this.runs = runs;
        this.results = results;
        this.prompts = prompts;
        this.models = models;
        addClassName("suite-editor");
        WorkspaceRefresh.follow(this, changes, report -> outsideChange());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        name = event.getRouteParameters().get("name").orElse("");
        removeAll();
        setDirty(false);
        if (!editing.writesFiles()) {
            refuse("Editing writes " + SuiteEditing.path(name) + ", and the setting promptsmith.editor.write-files "
                    + "is off: suites are not edited here.");
            return;
        }
        try {
            draft = editing.open(name);
        } catch (InvalidFileException | IllegalArgumentException e) {
            refuse("Suite '" + name + "' cannot be edited here: " + e.getMessage());
            return;
        }
        build();
        load(draft);
    }

    @Override
    public String getPageTitle() {
        return "Edit suite " + name + " · Promptsmith";
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        UnsavedWork.confirmLeave(event, "Your changes to " + draft.file(), () -> setDirty(false));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        UnsavedWork.releaseTab(event.getUI());
    }

    /** Adds test entries (as an import of CSV or JSON Lines gives them) to the cases being edited. */
    void addCases(List<Map<String, Object>> entries) {
        if (cases != null) {
            cases.addCases(entries);
        }
    }

    private void refuse(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId("suite-editor-refused");
        add(new H2("Edit suite"), paragraph, new RouterLink("All suites", SuitesView.class));
    }

    private void build() {
        H2 heading = new H2("Edit suite " + name);
        heading.setId("suite-editor-title");
        RouterLink back = new RouterLink("← " + name + " (run it)", SuiteView.class, new RouteParameters("name", name));
        Button save = new Button("Save", click -> save());
        save.setId("suite-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setTooltipText("Ctrl+S");
        Shortcuts.addShortcutListener(this, this::save, Key.KEY_S, KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(this, this::save, Key.KEY_S, KeyModifier.META);
        dirtyMark.setId("suite-dirty");
        message.setId("suite-message");
        reload.setId("suite-reload");
        reload.setVisible(false);
        reload.addClickListener(click -> reloadDraft());
        HorizontalLayout saveBar = new HorizontalLayout(save, dirtyMark, message, reload);
        saveBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        saveBar.addClassName("save-bar");
        cases = new CasesPanel(this::changed);
        defaults = new DefaultsPanel(this::changed);
        defaults.setId("suite-defaults");
        sources = new SourcesPanel(prompts.find("", 0, 10_000).stream().map(PromptSummary::name).toList(),
                models.choices().stream().map(ModelTarget::providerId).distinct().toList(), this::changed);
        fileCases.setId("file-cases-grid");
        fileCases.addColumn(SuiteDraft.FileCase::description).setHeader("Description").setFlexGrow(2);
        fileCases.addColumn(c -> Json.write(c.vars())).setHeader("Variables").setFlexGrow(3);
        fileCases.addColumn(c -> CheckSummary.of(c.checks())).setHeader("Checks").setFlexGrow(2);
        fileCases.addColumn(SuiteDraft.FileCase::location).setHeader("Written in").setAutoWidth(true).setFlexGrow(0);
        fileCases.setHeight("14rem");
        add(back, heading, saveBar, new H3("Test cases"), cases, new H3("Defaults of every case"), defaults, sources);
    }

    private void load(SuiteDraft loaded) {
        draft = loaded;
        cases.show(loaded.cases(), loaded.variables(), LastResults.of(runs, results, name));
        defaults.show(loaded.defaultTest(), loaded.defaultsEditable(), loaded.variables());
        sources.show(loaded.prompts(), loaded.providers());
        getChildren().filter(c -> c == fileCases || "file-cases-heading".equals(c.getId().orElse(null))).toList()
                .forEach(this::remove);
        if (!loaded.fileCases().isEmpty()) {
            H3 heading = new H3("Test cases from other files (edited there)");
            heading.setId("file-cases-heading");
            fileCases.setItems(loaded.fileCases());
            add(heading, fileCases);
        }
        reload.setVisible(false);
        setDirty(false);
    }

    private void changed() {
        setDirty(!draft.holds(cases.cases(), defaults.value(), sources.prompts(), sources.providers()));
    }

    private void save() {
        if (draft == null) {
            return;
        }
        SuiteSave result = editing.save(draft.edited(cases.cases(), defaults.value(), sources.prompts(),
                sources.providers()));
        switch (result) {
            case SuiteSave.Saved saved -> {
                load(saved.draft());
                show("Saved as version " + saved.version() + ".", false);
            }
            case SuiteSave.Unchanged unchanged -> {
                setDirty(false);
                show("Nothing changed since version " + draft.basedOn() + ".", false);
            }
            case SuiteSave.Stale stale -> {
                show(stale.message(), true);
                reload.setVisible(true);
            }
            case SuiteSave.Refused refused -> show("Not saved: " + String.join("; ", refused.problems()), true);
        }
    }

    private void show(String text, boolean error) {
        message.setText(text);
        message.getElement().getClassList().set("error-text", error);
        message.getElement().getClassList().set("ok-text", !error);
    }

    private void reloadDraft() {
        try {
            load(editing.open(name));
            show("Reloaded version " + draft.basedOn() + ".", false);
        } catch (InvalidFileException e) {
            show("The suite cannot be read: " + e.getMessage(), true);
        }
    }

    /** Files changed outside this tab were imported: an untouched editor follows them, an edited one is told. */
    private void outsideChange() {
        if (draft == null || editing.storedVersion(name) == draft.basedOn()) {
            return;
        }
        if (dirty) {
            show("The suite changed since you opened it (version " + editing.storedVersion(name) + " is stored): "
                    + "saving will be refused. Your edits are still here.", true);
            reload.setVisible(true);
        } else {
            reloadDraft();
        }
    }

    private void setDirty(boolean value) {
        dirty = value;
        dirtyMark.setText(draft == null ? "" : value ? "Unsaved changes (from version " + draft.basedOn() + ")"
                : "Version " + draft.basedOn());
        dirtyMark.getElement().getClassList().set("unsaved", value);
        UnsavedWork.guardTab(this, value);
    }
}
