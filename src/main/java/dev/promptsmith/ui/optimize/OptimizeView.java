package dev.promptsmith.ui.optimize;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dev.promptsmith.model.ModelCatalog;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.optimize.Budget;
import dev.promptsmith.optimize.OptimizationRefusedException;
import dev.promptsmith.optimize.OptimizationRequest;
import dev.promptsmith.optimize.Optimizations;
import dev.promptsmith.optimize.Strategy;
import dev.promptsmith.prompt.PromptCatalog;
import dev.promptsmith.prompt.PromptSummary;
import dev.promptsmith.prompt.PromptVersion;
import dev.promptsmith.run.RunService;
import dev.promptsmith.suite.SuiteSummary;
import dev.promptsmith.suite.SuiteVersion;
import dev.promptsmith.ui.MainLayout;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Sets an optimization up: the prompt and its start version, the suite, the target models, the proposer, the budget,
 * the validation share, the seed, the strategies and the candidates per round. It says how the suite would split and
 * what a round costs in calls before anything starts; Start opens the optimization's page.
 */
@Route(value = "optimize", layout = MainLayout.class)
@PageTitle("Optimize · Promptsmith")
public class OptimizeView extends VerticalLayout implements BeforeEnterObserver {

    private final PromptCatalog prompts;
    private final RunService runs;
    private final ModelCatalog models;
    private final Optimizations optimizations;
    private final ComboBox<String> prompt = new ComboBox<>("Prompt");
    private final Select<PromptVersion> version = new Select<>();
    private final ComboBox<String> suite = new ComboBox<>("Suite");
    private final MultiSelectComboBox<ModelOption> targets = new MultiSelectComboBox<>("Target models");
    private final ComboBox<ModelOption> proposer = new ComboBox<>("Proposer model");
    private final IntegerField calls = new IntegerField("Budget: calls");
    private final BigDecimalField cost = new BigDecimalField("Budget: cost (USD)");
    private final IntegerField minutes = new IntegerField("Budget: minutes");
    private final NumberField validationShare = new NumberField("Validation share");
    private final IntegerField seed = new IntegerField("Seed");
    private final IntegerField candidates = new IntegerField("Candidates per round");
    private final CheckboxGroup<Strategy> strategies = new CheckboxGroup<>("Strategies");
    private final Paragraph split = new Paragraph();
    private final Div problem = new Div();
    private final Button start = new Button("Start");

    public OptimizeView(PromptCatalog prompts, RunService runs, ModelCatalog models, Optimizations optimizations) {
        this.prompts = prompts;
        this.runs = runs;
        this.models = models;
        this.optimizations = optimizations;
        addClassName("optimize-page");
        build();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters().getParameters();
        query.getOrDefault("prompt", List.of()).stream().findFirst().filter(prompt.getListDataView().getItems()
                .toList()::contains).ifPresent(prompt::setValue);
        query.getOrDefault("suite", List.of()).stream().findFirst().filter(suite.getListDataView().getItems()
                .toList()::contains).ifPresent(suite::setValue);
        update();
    }

    private void build() {
        H2 heading = new H2("Optimize a prompt");
        heading.setId("optimize-title");
        prompt.setId("optimize-prompt");
        prompt.setItems(prompts.find("", 0, 10_000).stream().map(PromptSummary::name)
                .filter(name -> !name.startsWith("promptsmith-")).toList());
        prompt.setWidth("20rem");
        prompt.addValueChangeListener(change -> versions());
        version.setId("optimize-version");
        version.setLabel("Start version");
        version.setItemLabelGenerator(v -> "v" + v.number() + (v.labels().isEmpty() ? "" : " " + v.labels()));
        version.setWidth("10rem");
        suite.setId("optimize-suite");
        suite.setItems(runs.suites().stream().map(SuiteSummary::name).toList());
        suite.setWidth("20rem");
        suite.addValueChangeListener(change -> {
            modelChoices();
            update();
        });
        targets.setId("optimize-targets");
        targets.setItemLabelGenerator(ModelOption::label);
        targets.setWidth("24rem");
        targets.addValueChangeListener(change -> update());
        proposer.setId("optimize-proposer");
        proposer.setItemLabelGenerator(ModelOption::label);
        proposer.setWidth("20rem");
        proposer.setHelperText("writes the candidates; may be a target");
        proposer.addValueChangeListener(change -> update());
        modelChoices();
        calls.setId("optimize-budget-calls");
        calls.setMin(1);
        calls.setValue(100);
        calls.setStepButtonsVisible(true);
        cost.setId("optimize-budget-cost");
        cost.setPlaceholder("no limit");
        minutes.setId("optimize-budget-minutes");
        minutes.setMin(1);
        minutes.setPlaceholder("no limit");
        validationShare.setId("optimize-validation");
        validationShare.setValue(OptimizationRequest.DEFAULT_VALIDATION_SHARE);
        validationShare.setMin(0.05);
        validationShare.setMax(0.95);
        validationShare.setStep(0.05);
        seed.setId("optimize-seed");
        seed.setValue(1);
        candidates.setId("optimize-candidates");
        candidates.setMin(1);
        candidates.setMax(20);
        candidates.setValue(OptimizationRequest.DEFAULT_CANDIDATES);
        candidates.setStepButtonsVisible(true);
        strategies.setId("optimize-strategies");
        strategies.setItems(Strategy.values());
        strategies.setItemLabelGenerator(OptimizeView::strategy);
        strategies.setValue(EnumSet.of(Strategy.OPRO_HISTORY, Strategy.REFLECTIVE_PARETO));
        for (var field : List.of(calls, minutes, seed, candidates)) {
            field.addValueChangeListener(change -> update());
        }
        validationShare.addValueChangeListener(change -> update());
        strategies.addValueChangeListener(change -> update());
        split.setId("optimize-split");
        problem.setId("optimize-problem");
        problem.addClassName("error-text");
        problem.setVisible(false);
        start.setId("optimize-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> start());
        add(heading, row(prompt, version, suite), row(targets, proposer), row(calls, cost, minutes),
                row(validationShare, seed, candidates), strategies, split, problem, start);
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... fields) {
        HorizontalLayout row = new HorizontalLayout(fields);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private void versions() {
        List<PromptVersion> all = Optional.ofNullable(prompt.getValue()).flatMap(prompts::find)
                .map(p -> prompts.versions(p.id())).orElse(List.of());
        version.setItems(all);
        if (!all.isEmpty()) {
            version.setValue(all.getFirst());
        }
        update();
    }

    private void modelChoices() {
        List<ModelOption> options = new ArrayList<>();
        selectedSuite().ifPresent(s -> runs.suiteModels(s).forEach(m -> options.add(
                new ModelOption(m, m.name() + " (suite file)"))));
        models.choices().forEach(m -> options.add(new ModelOption(m, m.name() + (m.equals(ModelCatalog.ECHO)
                ? " (built in)" : " (saved)"))));
        targets.setItems(options);
        proposer.setItems(options);
    }

    private Optional<SuiteVersion> selectedSuite() {
        return Optional.ofNullable(suite.getValue()).flatMap(runs::suite);
    }

    private void update() {
        Optional<SuiteVersion> chosen = selectedSuite();
        boolean ready = prompt.getValue() != null && version.getValue() != null && chosen.isPresent()
                && !targets.getSelectedItems().isEmpty() && proposer.getValue() != null && calls.getValue() != null
                && calls.getValue() >= 1 && share() != null && !strategies.getSelectedItems().isEmpty()
                && candidates.getValue() != null && candidates.getValue() >= 1;
        if (chosen.isEmpty() || share() == null) {
            split.setText("Choose a suite to see how its cases split.");
            start.setEnabled(false);
            return;
        }
        SplitPreview preview = SplitPreview.of(chosen.get().tests().size(), share());
        split.setText(preview.describe(Math.max(1, targets.getSelectedItems().size()),
                candidates.getValue() == null ? 1 : candidates.getValue(), OptimizationRequest.DEFAULT_FINALISTS,
                calls.getValue() == null ? 0 : calls.getValue()));
        split.getElement().setAttribute("data-enough", String.valueOf(preview.enough()));
        start.setEnabled(ready && preview.enough());
    }

    private Double share() {
        Double value = validationShare.getValue();
        return value == null || value <= 0 || value >= 1 ? null : value;
    }

    private void start() {
        problem.setVisible(false);
        try {
            List<ModelTarget> chosen = targets.getSelectedItems().stream().map(ModelOption::target).toList();
            Budget budget = new Budget(calls.getValue(), cost.getValue(),
                    minutes.getValue() == null ? null : Duration.ofMinutes(minutes.getValue()));
            OptimizationRequest request = OptimizationRequest.of(prompt.getValue(), version.getValue().id(),
                            suite.getValue(), chosen, proposer.getValue().target(), budget,
                            seed.getValue() == null ? 1 : seed.getValue())
                    .withValidationShare(share())
                    .withCandidatesPerRound(candidates.getValue())
                    .withStrategies(EnumSet.copyOf(strategies.getSelectedItems()));
            long id = optimizations.start(request);
            getUI().ifPresent(ui -> ui.navigate(OptimizationView.class, new RouteParameters("id", String.valueOf(id))));
        } catch (OptimizationRefusedException | IllegalArgumentException e) {
            problem.setText("The optimization could not start: " + e.getMessage());
            problem.setVisible(true);
        }
    }

    static String strategy(Strategy strategy) {
        return switch (strategy) {
            case OPRO_HISTORY -> "Scored history (OPRO)";
            case REFLECTIVE_PARETO -> "Reflect on failures, Pareto front (GEPA)";
            case RANDOM_REWRITE -> "Plain rewrite (baseline)";
        };
    }
}
