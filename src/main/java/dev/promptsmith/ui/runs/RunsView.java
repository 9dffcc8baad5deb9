package dev.promptsmith.ui.runs;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.run.RunService;
import dev.promptsmith.suite.results.SuiteResults;
import dev.promptsmith.run.store.RunStatus;
import dev.promptsmith.run.store.RunSummary;
import dev.promptsmith.suite.SuiteSummary;
import dev.promptsmith.ui.MainLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every run, newest first, a page at a time: pass rate, errors, cost and duration, and which run
 * is its suite's baseline. With a suite chosen, its pass rate over the runs is drawn above. Two
 * runs can be compared; one finished run can be made its suite's baseline.
 */
@Route(value = "runs", layout = MainLayout.class)
@PageTitle("Runs · Promptsmith")
public class RunsView extends VerticalLayout implements BeforeEnterObserver {

    /** The chart shows at most this many of the latest runs. */
    static final int CHART_RUNS = 60;
    private static final long REFRESH_MS = 2000;

    private final RunService runs;
    private final SuiteResults results;
    private final ComboBox<String> suite = new ComboBox<>();
    private final Grid<RunSummary> grid = new Grid<>(RunSummary.class, false);
    private final Div chart = new Div();
    private final Span chartNote = new Span();
    private final Span count = new Span();
    private final Span message = new Span();
    private final Button compare = new Button("Compare");
    private final Button markBaseline = new Button("Mark as baseline");
    private final Button compareBaseline = new Button("Compare with baseline");
    /** Set when a page of the grid held a running run, so the screen refreshes itself until none does. */
    private volatile boolean running;
    private Thread refresher;

    public RunsView(RunService runs, SuiteResults results) {
        this.runs = runs;
        this.results = results;
        setSizeFull();
        addClassName("runs-view");

        suite.setId("runs-suite");
        suite.setPlaceholder("All suites");
        suite.setClearButtonVisible(true);
        suite.setItems(runs.suites().stream().map(SuiteSummary::name).sorted().toList());
        suite.setWidth("20rem");
        suite.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                rememberSuiteInUrl();
            }
            grid.deselectAll();
            refresh();
        });

        compare.setId("runs-compare");
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compare.addClickListener(click -> compareSelected());
        markBaseline.setId("runs-mark-baseline");
        markBaseline.addClickListener(click -> markSelectedAsBaseline());
        compareBaseline.setId("runs-compare-baseline");
        compareBaseline.addClickListener(click -> compareSelectedWithBaseline());
        message.setId("runs-message");
        message.addClassName("runs-message");
        count.setId("runs-count");
        count.addClassName("runs-count");

        HorizontalLayout toolbar = new HorizontalLayout(suite, compare, compareBaseline, markBaseline, count);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("runs-toolbar");

        chart.setId("pass-rate-chart");
        chart.addClassName("pass-rate-chart");
        chartNote.addClassName("chart-note");
        Div chartBox = new Div(chart, chartNote);
        chartBox.addClassName("chart-box");

        configureGrid();
        add(new H2("Runs"), toolbar, message, chartBox, grid);
        setFlexGrow(1, grid);
        updateButtons();
        refreshChart();
    }

    private void configureGrid() {
        grid.setId("runs-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setMinHeight("20rem");
        grid.setEmptyStateText("No runs yet: open a suite on the Suites screen, choose models and run it.");
        grid.addColumn(run -> "#" + run.id()).setHeader("Run").setKey("id").setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(run -> "run-id");
        grid.addColumn(run -> run.suite() + " v" + run.suiteVersion()).setHeader("Suite").setKey("suite")
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(this::models).setHeader("Models").setKey("models").setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(RunsView::status).setHeader("Status").setKey("status").setAutoWidth(true);
        grid.addColumn(RunSummary::origin).setHeader("Origin").setKey("origin").setAutoWidth(true);
        grid.addColumn(run -> RunFormats.dateTime(run.createdAt())).setHeader("Started").setKey("started")
                .setAutoWidth(true);
        grid.addColumn(run -> RunFormats.duration(run.duration())).setHeader("Duration").setKey("duration")
                .setAutoWidth(true);
        grid.addColumn(run -> run.done() + "/" + run.cells()).setHeader("Cells").setKey("cells").setAutoWidth(true);
        grid.addColumn(run -> run.done() == 0 ? "" : RunFormats.percent(run.passRate())).setHeader("Pass rate")
                .setKey("pass-rate").setAutoWidth(true);
        grid.addColumn(RunSummary::errors).setHeader("Errors").setKey("errors").setAutoWidth(true);
        grid.addColumn(RunFormats::cost).setHeader("Cost").setKey("cost").setAutoWidth(true);
        grid.addComponentColumn(RunsView::baselineMarker).setHeader("Baseline").setKey("baseline")
                .setWidth("8rem").setFlexGrow(0);

        grid.setItems(new CallbackDataProvider<RunSummary, Void>(
                query -> {
                    List<RunSummary> page = runs.history(suite.getValue(), query.getOffset(),
                            query.getLimit());
                    if (page.stream().anyMatch(RunSummary::running)) {
                        running = true;
                    }
                    return page.stream();
                },
                query -> runs.count(suite.getValue()),
                RunSummary::id));
        grid.addSelectionListener(selection -> updateButtons());
        // the selection column is no column of ours: a click on its checkbox only selects
        grid.addItemClickListener(click -> {
            if (click.getColumn() != null) {
                click.getSource().getUI().ifPresent(ui -> ui.navigate("runs/" + click.getItem().id()));
            }
        });
    }

    /** The names of the models a run called; read per row of the page in view only. */
    private String models(RunSummary run) {
        return runs.models(run.id()).stream().map(ModelTarget::name).collect(Collectors.joining(", "));
    }

    private static Span status(RunSummary run) {
        Span status = new Span(RunFormats.status(run.status()));
        status.addClassNames("run-status", "status-" + run.status());
        if (run.status().equals(RunStatus.INTERRUPTED)) {
            status.setTitle("The process running it went away before it finished; open the run to resume it");
        }
        return status;
    }

    private static Span baselineMarker(RunSummary run) {
        Span marker = new Span(run.baseline() ? "★ baseline" : "");
        if (run.baseline()) {
            marker.addClassName("baseline-marker");
            marker.setTitle("The run later runs of " + run.suite() + " are compared with");
        }
        return marker;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String chosen = event.getLocation().getQueryParameters().getSingleParameter("suite").orElse(null);
        suite.setValue(chosen != null && !chosen.isBlank() ? chosen : null);
    }

    private void rememberSuiteInUrl() {
        QueryParameters query = suite.getValue() == null ? QueryParameters.empty()
                : QueryParameters.simple(Map.of("suite", suite.getValue()));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("runs", query)));
    }

    private void refresh() {
        running = false;
        grid.getDataProvider().refreshAll();
        count.setText(countText(runs.count(suite.getValue())));
        refreshChart();
        updateButtons();
    }

    private String countText(int runCount) {
        return runCount == 1 ? "1 run" : runCount + " runs";
    }

    private void refreshChart() {
        String chosen = suite.getValue();
        chart.getParent().ifPresent(box -> box.setVisible(chosen != null));
        if (chosen == null) {
            chart.getElement().setProperty("innerHTML", "");
            return;
        }
        List<RunSummary> latest = new ArrayList<>(runs.history(chosen, 0, CHART_RUNS));
        latest.sort(Comparator.comparingLong(RunSummary::id));
        // the markup is built from numbers and escaped text only (see PassRateChart)
        chart.getElement().setProperty("innerHTML", PassRateChart.svg(chosen, latest));
        int total = runs.count(chosen);
        chartNote.setText(total > CHART_RUNS ? "Pass rate of the latest " + CHART_RUNS + " of " + total
                + " runs; the band is the 95% interval of each run" : "Pass rate per run; the band is the 95% "
                + "interval of each run");
    }

    private List<RunSummary> selected() {
        // the grid holds the rows as they were fetched; read them again to act on their current state
        return grid.getSelectedItems().stream()
                .map(run -> runs.summary(run.id()).orElse(run))
                .sorted(Comparator.comparingLong(RunSummary::id))
                .toList();
    }

    private void updateButtons() {
        List<RunSummary> chosen = new ArrayList<>(grid.getSelectedItems());
        compare.setEnabled(chosen.size() == 2);
        compare.setTooltipText(chosen.size() == 2 ? "Compare the older run (as baseline) with the newer one"
                : "Select two runs to compare");
        boolean one = chosen.size() == 1;
        boolean finished = one && chosen.getFirst().status().equals(RunStatus.FINISHED);
        markBaseline.setEnabled(finished && !chosen.getFirst().baseline());
        markBaseline.setTooltipText(!one ? "Select one run"
                : !finished ? "Only a finished run can be a baseline" : "Later runs of the suite are compared with it");
        Optional<Long> baseline = one ? results.baseline(chosen.getFirst().suite()) : Optional.empty();
        compareBaseline.setEnabled(baseline.isPresent() && baseline.get() != chosen.getFirst().id());
        compareBaseline.setTooltipText(!one ? "Select one run"
                : baseline.isEmpty() ? "Suite " + chosen.getFirst().suite() + " has no baseline yet"
                : "Compare with run #" + baseline.get() + ", the baseline of " + chosen.getFirst().suite());
    }

    private void compareSelected() {
        List<RunSummary> chosen = selected();
        if (chosen.size() != 2) {
            message.setText("Select two runs to compare.");
            return;
        }
        openComparison(chosen.get(0).id(), chosen.get(1).id());
    }

    private void compareSelectedWithBaseline() {
        List<RunSummary> chosen = selected();
        if (chosen.size() != 1) {
            message.setText("Select one run to compare with its suite's baseline.");
            return;
        }
        RunSummary run = chosen.getFirst();
        results.baseline(run.suite()).ifPresentOrElse(
                baseline -> openComparison(baseline, run.id()),
                () -> message.setText("Suite " + run.suite() + " has no baseline yet."));
    }

    private void openComparison(long base, long run) {
        getUI().ifPresent(ui -> ui.navigate(CompareView.class,
                QueryParameters.simple(Map.of("base", String.valueOf(base), "run", String.valueOf(run)))));
    }

    private void markSelectedAsBaseline() {
        List<RunSummary> chosen = selected();
        if (chosen.size() != 1 || !chosen.getFirst().status().equals(RunStatus.FINISHED)) {
            message.setText("Only one finished run can be made the baseline.");
            return;
        }
        RunSummary run = chosen.getFirst();
        results.markBaseline(run.id());
        message.setText("Run #" + run.id() + " is now the baseline of " + run.suite() + ".");
        grid.deselectAll();
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        refresh();
        UI ui = event.getUI();
        // runs in progress change under the screen: look again every two seconds while one is shown
        refresher = Thread.ofVirtual().name("runs-view-refresh").start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(REFRESH_MS);
                    if (running) {
                        ui.access(this::refresh);
                    }
                }
            } catch (InterruptedException | UIDetachedException e) {
                // the screen is gone
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (refresher != null) {
            refresher.interrupt();
        }
        super.onDetach(event);
    }
}
