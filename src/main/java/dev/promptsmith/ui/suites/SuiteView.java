package dev.promptsmith.ui.suites;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.promptsmith.model.ModelCatalog;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.prompt.PromptCatalog;
import dev.promptsmith.prompt.PromptSummary;
import dev.promptsmith.run.RunService;
import dev.promptsmith.run.RunSettings;
import dev.promptsmith.shared.Json;
import dev.promptsmith.suite.SuiteVersion;
import dev.promptsmith.suite.TestCaseDefinition;
import dev.promptsmith.suiteedit.SuiteEditing;
import dev.promptsmith.ui.MainLayout;
import dev.promptsmith.ui.runs.RunView;
import dev.promptsmith.ui.sweep.SweepView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** A suite: its prompts and test cases, and the choices of a run with its cost estimate and a Run button. */
@Route(value = "suites/:name", layout = MainLayout.class)
public class SuiteView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RunService runs;
    private final ModelCatalog models;
    private final PromptCatalog prompts;
    private final SuiteEditing editing;
    private final MultiSelectComboBox<ModelChoice> modelChoice = new MultiSelectComboBox<>("Models");
    private final IntegerField repeats = new IntegerField("Repeats");
    private final IntegerField concurrency = new IntegerField("Concurrency");
    private final IntegerField deadline = new IntegerField("Stop after (min)");
    private final Checkbox cache = new Checkbox("Use cache", true);
    private final Div estimate = new Div();
    private final Div problem = new Div();
    private final Button run = new Button("Run");
    private final Button sweep = new Button("Compare models");
    private SuiteVersion suite;
    private String title = "Suite · Promptsmith";

    private final dev.promptsmith.generate.SuiteDrafting drafting;
    private final dev.promptsmith.generate.DraftSaving saving;

    public SuiteView(RunService runs, ModelCatalog models, PromptCatalog prompts, SuiteEditing editing,
                     dev.promptsmith.generate.SuiteDrafting drafting, dev.promptsmith.generate.DraftSaving saving) {
        this.drafting = drafting;
        this.saving = saving;
        this.runs = runs;
        this.models = models;
        this.prompts = prompts;
        this.editing = editing;
        addClassName("suite-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String name = event.getRouteParameters().get("name").orElse("");
        suite = runs.suite(name).orElse(null);
        if (suite == null) {
            title = "No such suite · Promptsmith";
            Paragraph missing = new Paragraph("There is no suite named '" + name + "'.");
            missing.setId("suite-missing");
            add(new H2("Suite not found"), missing, new RouterLink("All suites", SuitesView.class));
            return;
        }
        title = suite.suiteName() + " · Promptsmith";
        H2 heading = new H2(suite.suiteName() + " · v" + suite.number());
        heading.setId("suite-title");
        add(new RouterLink("← All suites", SuitesView.class), heading, editLink(), draftButtons(), promptList(),
                runChoices(),
                new H3("Test cases (" + suite.tests().size() + ")"), testGrid());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** Generate more cases and Suggest checks, which write the suite's file when the user adds what they keep. */
    private Div draftButtons() {
        Div buttons = new Div();
        buttons.setId("suite-draft-buttons");
        if (!editing.writesFiles()) {
            return buttons;
        }
        String name = suite.suiteName();
        Runnable reload = () -> getUI().ifPresent(ui -> ui.getPage().reload());
        com.vaadin.flow.component.button.Button more = new com.vaadin.flow.component.button.Button(
                "Generate more cases", click -> new dev.promptsmith.ui.generate.SuiteDraftsDialog(
                        dev.promptsmith.ui.generate.SuiteDraftsDialog.Mode.CASES, name, drafting, saving, models,
                        reload).open());
        more.setId("suite-generate-cases");
        com.vaadin.flow.component.button.Button suggest = new com.vaadin.flow.component.button.Button(
                "Suggest checks", click -> new dev.promptsmith.ui.generate.SuiteDraftsDialog(
                        dev.promptsmith.ui.generate.SuiteDraftsDialog.Mode.CHECKS, name, drafting, saving, models,
                        reload).open());
        suggest.setId("suite-suggest-checks");
        buttons.add(more, suggest);
        return buttons;
    }

    /** The way to the editor, or why there is none: editing writes the suite's file. */
    private com.vaadin.flow.component.Component editLink() {
        if (!editing.writesFiles()) {
            Paragraph off = new Paragraph("Editing writes " + SuiteEditing.path(suite.suiteName()) + ", and the setting "
                    + "promptsmith.editor.write-files is off: this suite is not edited here.");
            off.setId("suite-edit-off");
            return off;
        }
        RouterLink edit = new RouterLink("Edit test cases, defaults, prompts and models", SuiteEditorView.class,
                new RouteParameters("name", suite.suiteName()));
        edit.setId("suite-edit");
        return edit;
    }

    private Div promptList() {
        Map<Long, String> names = prompts.find("", 0, 10_000).stream()
                .collect(Collectors.toMap(PromptSummary::id, PromptSummary::name));
        Div list = new Div(new Span(suite.promptIds().size() == 1 ? "Prompt: " : "Prompts: "));
        list.setId("suite-prompts");
        for (long id : suite.promptIds()) {
            String name = names.getOrDefault(id, "prompt " + id);
            Anchor link = new Anchor("prompts/" + name, name);
            link.addClassName("suite-prompt");
            Anchor optimize = new Anchor("optimize?prompt=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&suite="
                    + URLEncoder.encode(suite.suiteName(), StandardCharsets.UTF_8), "optimize");
            optimize.addClassName("suite-optimize");
            optimize.getElement().setAttribute("data-prompt", name);
            list.add(link, new Span(" ("), optimize, new Span(") "));
        }
        return list;
    }

    private VerticalLayout runChoices() {
        List<ModelChoice> choices = new ArrayList<>();
        runs.suiteModels(suite).forEach(m -> choices.add(new ModelChoice(m, ModelChoice.SUITE_FILE)));
        models.choices().forEach(m -> choices.add(new ModelChoice(m,
                m.equals(ModelCatalog.ECHO) ? ModelChoice.BUILT_IN : ModelChoice.SAVED)));
        modelChoice.setId("run-models");
        modelChoice.setItems(choices);
        modelChoice.setItemLabelGenerator(ModelChoice::label);
        modelChoice.setPlaceholder("From the suite file or saved on the Models screen");
        modelChoice.setWidth("30rem");
        repeats.setId("run-repeats");
        repeats.setMin(1);
        repeats.setMax(100);
        // the suite file's evaluateOptions are the starting choices, as on the command line
        repeats.setValue(positive(suite.options().get("repeat"), 1));
        repeats.setStepButtonsVisible(true);
        repeats.setWidth("8rem");
        concurrency.setId("run-concurrency");
        concurrency.setMin(1);
        concurrency.setMax(64);
        concurrency.setValue(Math.min(64,
                positive(suite.options().get("maxConcurrency"), RunSettings.defaults().concurrency())));
        concurrency.setStepButtonsVisible(true);
        concurrency.setWidth("9rem");
        deadline.setId("run-deadline");
        deadline.setMin(1);
        deadline.setPlaceholder("no limit");
        deadline.setHelperText("the cells not done by then get no result");
        deadline.setWidth("10rem");
        cache.setId("run-cache");
        run.setId("run-suite");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(click -> start(false));
        sweep.setId("run-sweep");
        sweep.setTooltipText("Runs the suite on every chosen model and shows which one to use");
        sweep.addClickListener(click -> start(true));
        estimate.setId("run-estimate");
        estimate.addClassName("run-estimate");
        problem.setId("run-problem");
        problem.addClassName("error-text");
        problem.setVisible(false);

        modelChoice.addValueChangeListener(change -> updateEstimate());
        repeats.addValueChangeListener(change -> updateEstimate());
        concurrency.addValueChangeListener(change -> updateEstimate());
        cache.addValueChangeListener(change -> updateEstimate());
        updateEstimate();

        HorizontalLayout fields = new HorizontalLayout(modelChoice, repeats, concurrency, deadline, cache, run,
                sweep);
        fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        VerticalLayout box = new VerticalLayout(new H3("Run"), fields, estimate, problem);
        box.setPadding(false);
        box.addClassName("run-choices");
        return box;
    }

    private Grid<SuiteVersion.StoredCase> testGrid() {
        Grid<SuiteVersion.StoredCase> grid = new Grid<>();
        grid.setId("suite-tests");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(t -> t.definition().position() + 1).setHeader("#").setWidth("4rem").setFlexGrow(0);
        grid.addColumn(t -> label(t.definition())).setHeader("Description").setFlexGrow(3);
        grid.addColumn(t -> compact(t.definition().vars(), 160)).setHeader("Vars").setFlexGrow(3);
        grid.addColumn(t -> checks(t.definition())).setHeader("Checks").setFlexGrow(2);
        grid.addColumn(t -> Objects.toString(t.definition().options().get("threshold"), ""))
                .setHeader("Threshold").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(suite.tests());
        grid.setHeight("32rem");
        return grid;
    }

    private String checks(TestCaseDefinition test) {
        String own = test.checks().stream().map(c -> String.valueOf(c.config().get("type"))).collect(Collectors.joining(", "));
        int shared = suite.defaultTest().get("assert") instanceof List<?> list ? list.size() : 0;
        return shared == 0 ? own : own + (own.isEmpty() ? "" : " ") + "+ " + shared + " default";
    }

    private void updateEstimate() {
        List<ModelTarget> chosen = chosen();
        run.setEnabled(!chosen.isEmpty());
        sweep.setEnabled(chosen.size() > 1);
        if (chosen.isEmpty()) {
            estimate.setText("Choose at least one model to see what the run would cost.");
            return;
        }
        RunSettings settings = settings();
        if (settings == null) {
            estimate.setText("Repeats and concurrency must be at least 1.");
            run.setEnabled(false);
            sweep.setEnabled(false);
            return;
        }
        estimate.setText(RunEstimate.describe(runs.estimate(suite, chosen, settings)));
    }

    /** {@code sweep}: the run is then shown as a choice of model. */
    private void start(boolean sweep) {
        List<ModelTarget> chosen = chosen();
        RunSettings settings = settings();
        if (chosen.isEmpty() || settings == null) {
            return;
        }
        try {
            long id = runs.start(suite, chosen, settings);
            RouteParameters target = new RouteParameters("id", String.valueOf(id));
            getUI().ifPresent(ui -> {
                if (sweep) {
                    ui.navigate(SweepView.class, target);
                } else {
                    ui.navigate(RunView.class, target);
                }
            });
        } catch (RuntimeException e) {
            problem.setText("The run could not start: " + e.getMessage());
            problem.setVisible(true);
        }
    }

    private List<ModelTarget> chosen() {
        return modelChoice.getSelectedItems().stream().map(ModelChoice::target).toList();
    }

    private RunSettings settings() {
        Integer r = repeats.getValue();
        Integer c = concurrency.getValue();
        if (r == null || r < 1 || c == null || c < 1) {
            return null;
        }
        Integer minutes = deadline.getValue();
        if (minutes != null && minutes < 1) {
            return null;
        }
        return RunSettings.defaults().withRepeats(r).withConcurrency(c).withCache(cache.getValue())
                .withDeadline(minutes == null ? null : Duration.ofMinutes(minutes));
    }

    private static String label(TestCaseDefinition test) {
        return test.description() == null || test.description().isBlank() ? "test " + (test.position() + 1)
                : test.description();
    }

    private static String compact(Object value, int max) {
        String oneLine = Json.write(value).replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }

    private static int positive(Object value, int otherwise) {
        return value instanceof Number n && n.intValue() > 0 ? n.intValue() : otherwise;
    }
}
