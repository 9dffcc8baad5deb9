package dev.promptsmith.ui.editor;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import dev.promptsmith.model.ModelCatalog;
import dev.promptsmith.model.PriceTable;
import dev.promptsmith.suite.TestCase;
import dev.promptsmith.suite.TestCaseCatalog;
import dev.promptsmith.prompt.DraftCheck;
import dev.promptsmith.prompt.PromptCatalog;
import dev.promptsmith.prompt.PromptDraft;
import dev.promptsmith.prompt.PromptEditor;
import dev.promptsmith.prompt.PromptSummary;
import dev.promptsmith.prompt.PromptVersion;
import dev.promptsmith.prompt.PromptVersions;
import dev.promptsmith.prompt.SaveResult;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.exchange.WorkspaceChanges;
import dev.promptsmith.ui.MainLayout;
import dev.promptsmith.ui.UnsavedWork;
import dev.promptsmith.ui.WorkspaceRefresh;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Edits one prompt: its title, description, message turns, parameters and sample values, checked
 * and previewed as they are typed. Saving (the button or Ctrl+S) stores a new version.
 */
@Route(value = "prompts/:name/edit", layout = MainLayout.class)
public class PromptEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle {

    private final PromptCatalog prompts;
    private final PromptEditor editor;
    private final PromptVersions versions;
    private final ModelCatalog models;

    private final TextField title = new TextField("Title");
    private final TextArea description = new TextArea("Description");
    private final MessagesEditor messages = new MessagesEditor(this::changed);
    private final ParametersForm parameters = new ParametersForm(this::changed);
    private final SampleValuesForm sample = new SampleValuesForm(this::changed);
    private final Div problems = new Div();
    private final TextField note = new TextField();
    private final Button save = new Button("Save");
    private final SaveStatus status = new SaveStatus();
    private PreviewPanel preview;
    private final PriceTable prices;
    private final TestCaseCatalog testCases;
    /** The values the preview renders with: the sample values, or a chosen test case's over them. */
    private final ComboBox<TestCase> previewCase = new ComboBox<>("Preview with");
    private final FileChangePanel fileChange = new FileChangePanel(new FileChangePanel.Choices() {
        @Override
        public void keepMine(PromptVersion theirs) {
            keepMineOver(theirs);
        }

        @Override
        public void takeTheirs(PromptVersion theirs) {
            takeVersion(theirs);
        }
    });

    private String name;
    private PromptDraft saved;
    private int basedOn;
    private List<String> variables = List.of();
    private boolean loading;
    private boolean dirty;
    private String pageTitle = "Edit prompt";

    public PromptEditorView(PromptCatalog prompts, PromptEditor editor, PromptVersions versions, ModelCatalog models,
                            PriceTable prices, TestCaseCatalog testCases, WorkspaceChanges changes) {
        this.prices = prices;
        this.testCases = testCases;
        this.prompts = prompts;
        this.editor = editor;
        this.versions = versions;
        this.models = models;
        addClassName("prompt-editor");
        WorkspaceRefresh.follow(this, changes, report -> newerVersion());
        addAttachListener(attach -> attach.getUI().getPage().addStyleSheet("context://styles/prompt-editor.css"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        name = event.getRouteParameters().get("name").orElse("");
        removeAll();
        Optional<PromptSummary> prompt = prompts.find(name);
        Optional<PromptVersion> latest = prompt.flatMap(p -> prompts.versions(p.id()).stream().findFirst());
        if (latest.isEmpty()) {
            refuse("There is no prompt named '" + name + "'.");
            return;
        }
        try {
            PromptDraft draft = editor.draft(prompts.document(name, latest.get()));
            build(prompt.get());
            load(draft, latest.get().number());
        } catch (InvalidFileException e) {
            refuse("Prompt '" + name + "' cannot be edited here: " + e.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " · Promptsmith";
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        UnsavedWork.confirmLeave(event, "Your changes since version " + basedOn, () -> setDirty(false));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        UnsavedWork.releaseTab(event.getUI());
    }

    private void refuse(String message) {
        pageTitle = "Edit prompt";
        Paragraph text = new Paragraph(message);
        text.setId("editor-missing");
        add(new H2(pageTitle), text, new RouterLink("All prompts", dev.promptsmith.ui.prompts.PromptsView.class));
    }

    private void build(PromptSummary prompt) {
        pageTitle = "Edit " + prompt.title();
        H2 heading = new H2("Edit " + prompt.title());
        heading.setId("editor-heading");
        RouterLink back = new RouterLink("← " + prompt.title(), dev.promptsmith.ui.prompts.PromptView.class,
                new RouteParameters("name", name));
        title.setId("editor-title");
        title.setWidth("30rem");
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.addValueChangeListener(change -> changed());
        description.setId("editor-description");
        description.setWidthFull();
        description.setValueChangeMode(ValueChangeMode.LAZY);
        description.addValueChangeListener(change -> changed());
        problems.setId("editor-problems");
        problems.addClassName("error-text");

        note.setId("save-note");
        note.setPlaceholder("What changed (a note for the version)");
        note.setWidth("30rem");
        save.setId("save-prompt");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        save.setTooltipText("Ctrl+S");
        Shortcuts.addShortcutListener(this, this::save, Key.KEY_S, KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(this, this::save, Key.KEY_S, KeyModifier.META);
        Div saveBar = new Div(note, save, status);
        saveBar.addClassName("save-bar");

        preview = new PreviewPanel(models.choices(), prices);
        previewCase.setId("preview-case");
        previewCase.setPlaceholder("the sample values");
        previewCase.setClearButtonVisible(true);
        previewCase.setWidthFull();
        previewCase.setItems(testCases.ofPrompt(prompt.id()));
        previewCase.setItemLabelGenerator(c -> c.suiteName() + ": " + c.label());
        previewCase.addValueChangeListener(change -> refresh());
        Div left = new Div(section("Prompt", new Div(title, description)), section("Messages", messages),
                section("Parameters", parameters), section("Sample values", sample));
        left.addClassName("editor-form");
        Div right = new Div(section("Preview", new Div(previewCase, preview)));
        right.addClassName("editor-side");
        Div columns = new Div(left, right);
        columns.addClassName("editor-columns");
        add(back, heading, saveBar, fileChange, problems, columns);
    }

    private void load(PromptDraft draft, int version) {
        loading = true;
        try {
            title.setValue(draft.title());
            description.setValue(draft.description());
            messages.show(draft.messages());
            parameters.show(draft.parameters());
            sample.show(draft.sample());
        } finally {
            loading = false;
        }
        saved = draft;
        basedOn = version;
        fileChange.setVisible(false);
        refresh();
    }

    private void changed() {
        if (!loading) {
            refresh();
        }
    }

    private void refresh() {
        DraftCheck check = editor.check(draft(null));
        variables = check.variables();
        loading = true;
        try {
            sample.showVariables(variables);
        } finally {
            loading = false;
        }
        messages.showProblems(check);
        List<String> general = check.problems().stream().filter(p -> p.message() < 0)
                .map(DraftCheck.Problem::describe).toList();
        problems.setText(String.join("\n", general));
        problems.setVisible(!general.isEmpty());
        preview.show(previewCase.getValue() == null ? check : editor.check(withCaseValues(draft(null))));
        setDirty(!draft(variables).equals(saved));
    }

    /** The draft with the chosen test case's variables over its sample values, for the preview only. */
    private PromptDraft withCaseValues(PromptDraft draft) {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>(draft.sample());
        values.putAll(previewCase.getValue().vars());
        return new PromptDraft(draft.name(), draft.title(), draft.description(), draft.messages(), draft.parameters(),
                values, draft.header(), draft.frontMatter());
    }

    /** The draft as the form shows it; with {@code null}, every sample value typed so far (for the preview). */
    private PromptDraft draft(List<String> used) {
        return new PromptDraft(name, title.getValue().strip(), description.getValue().strip(), messages.value(),
                parameters.value(), used == null ? sample.all() : sample.value(used),
                saved == null ? java.util.Map.of() : saved.header(), saved == null ? "" : saved.frontMatter());
    }

    private void setDirty(boolean value) {
        if (value != dirty) {
            dirty = value;
            UnsavedWork.guardTab(this, value);
        }
        status.showDirty(dirty, basedOn);
    }

    private void save() {
        if (!dirty) {
            status.show("Nothing to save: this is version " + basedOn + ".", false);
            return;
        }
        PromptDraft draft = draft(variables);
        SaveResult result = versions.save(draft, basedOn, note.getValue());
        switch (result) {
            case SaveResult.Saved s -> {
                fileChange.setVisible(false);
                saved = draft;
                basedOn = s.version().number();
                note.clear();
                setDirty(false);
                status.show("Saved as version " + basedOn + "." + (s.fileProblem() == null ? "" : " " + s.fileProblem()),
                        s.fileProblem() != null);
            }
            case SaveResult.Unchanged u -> {
                saved = draft;
                basedOn = u.latest().number();
                setDirty(false);
                status.show("Nothing changed since version " + basedOn + ".", false);
            }
            case SaveResult.Conflict c -> status.conflict(c.describe(), "Save as version " + (c.latest().number() + 1),
                    () -> {
                        basedOn = c.latest().number();
                        save();
                    });
            case SaveResult.Refused r -> status.show("Not saved: " + r.problems().stream()
                    .collect(Collectors.joining("; ")), true);
        }
    }

    /**
     * A newer version arrived (a file changed on disk was imported, or someone saved): without unsaved
     * changes the editor shows it; with them, it shows both and the user chooses.
     */
    private void newerVersion() {
        if (saved == null) {
            return;
        }
        Optional<PromptSummary> prompt = prompts.find(name);
        if (prompt.isEmpty()) {
            status.show("Prompt '" + name + "' was renamed or deleted: your text stays here, copy it before you leave.",
                    true);
            return;
        }
        Optional<PromptVersion> latest = prompts.versions(prompt.get().id()).stream().findFirst();
        if (latest.isEmpty() || latest.get().number() <= basedOn) {
            return;
        }
        PromptDraft theirs;
        try {
            theirs = editor.draft(prompts.document(name, latest.get()));
        } catch (InvalidFileException e) {
            status.show("Version " + latest.get().number() + " arrived but cannot be edited here: " + e.getMessage(),
                    true);
            return;
        }
        if (!dirty) {
            load(theirs, latest.get().number());
            status.show("Version " + latest.get().number() + " came " + (latest.get().author() == null
                    ? "from its file, changed on disk" : "from " + latest.get().author())
                    + ": the editor shows it now.", false);
            return;
        }
        fileChange.show(latest.get(), basedOn, versions.diff(theirs, draft(variables)));
    }

    /** Saves the draft as the version after {@code theirs}, so both are kept and the file holds the draft. */
    private void keepMineOver(PromptVersion theirs) {
        basedOn = theirs.number();
        if (note.getValue().isBlank()) {
            note.setValue("kept over version " + theirs.number());
        }
        save();
    }

    private void takeVersion(PromptVersion theirs) {
        try {
            load(editor.draft(prompts.document(name, theirs)), theirs.number());
            status.show("Your changes were discarded: the editor shows version " + theirs.number() + ".", false);
        } catch (InvalidFileException e) {
            status.show("Version " + theirs.number() + " cannot be edited here: " + e.getMessage(), true);
        }
    }

    private static Div section(String heading, com.vaadin.flow.component.Component body) {
        Div section = new Div(new H3(heading), body);
        section.addClassName("section");
        return section;
    }
}
