package dev.promptsmith.ui.sweep;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.promptsmith.run.RunService;
import dev.promptsmith.run.store.RunSummary;
import dev.promptsmith.suite.results.Significance;
import dev.promptsmith.sweep.ModelSweep;
import dev.promptsmith.sweep.ModelSweeps;
import dev.promptsmith.sweep.SweepAnalysis;
import dev.promptsmith.sweep.SweepRow;
import dev.promptsmith.ui.Follower;
import dev.promptsmith.ui.MainLayout;
import java.util.Optional;

/**
 * A run's models side by side: which is best, which are on the front and which one to use. Works for any stored
 * run, the command line's too. While the run goes on the page reads it again every {@link #POLL_MS} ms.
 */
@Route(value = "runs/:id/sweep", layout = MainLayout.class)
public class SweepView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final long POLL_MS = 1_000;

    private final RunService runs;
    private final ModelSweeps sweeps;
    private final Paragraph recommendation = new Paragraph();
    private final Span status = new Span();
    private final Div chart = new Div();
    private final Grid<SweepRow> grid = new Grid<>(SweepRow.class, false);
    private long runId = -1;
    private volatile RunSummary summary;
    private String title = "Models · Promptsmith";
    private final Follower follower;
    private volatile String best = "";

    public SweepView(RunService runs, ModelSweeps sweeps) {
        this.runs = runs;
        this.sweeps = sweeps;
        addClassName("sweep-page");
        follower = new Follower(this, () -> "sweep-view-" + runId, POLL_MS, this::follow);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        follower.stop();
        removeAll();
        String id = event.getRouteParameters().get("id").orElse("");
        Optional<RunSummary> found;
        try {
            runId = Long.parseLong(id);
            found = runs.summary(runId);
        } catch (NumberFormatException e) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            title = "No such run · Promptsmith";
            Paragraph missing = new Paragraph("There is no run with the id '" + id + "'.");
            missing.setId("sweep-missing");
            add(new H2("Run not found"), missing);
            summary = null;
            return;
        }
        summary = found.get();
        title = "Models of run #" + runId + " · Promptsmith";
        build();
        show(sweeps.of(runId));
        follower.restart();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void build() {
        H2 heading = new H2("Models of run #" + runId);
        heading.setId("sweep-title");
        Anchor run = new Anchor("runs/" + runId, "Run #" + runId);
        run.setId("sweep-run-link");
        Anchor suite = new Anchor("suites/" + summary.suite(), summary.suite());
        status.setId("sweep-status");
        Div header = new Div(run, new Span(" of suite "), suite, new Span(" · "), status);
        recommendation.setId("sweep-recommendation");
        recommendation.addClassName("sweep-recommendation");
        chart.setId("sweep-chart");
        chart.addClassNames("pass-rate-chart", "chart-box");
        Span note = new Span("Pass rate with its 95% interval; cost of all the model's calls in the run; the front "
                + "holds the models no other one beats on pass rate, cost and median latency at once. \"Not worse\" "
                + "means the difference from the best could be chance (Fisher's exact test, p ≥ "
                + Significance.ALPHA + ").");
        note.addClassName("chart-note");
        grid.setId("sweep-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(SweepRow::model).setHeader("Model").setFlexGrow(2);
        grid.addColumn(SweepFormats::rate).setHeader("Pass rate").setAutoWidth(true);
        grid.addColumn(SweepFormats::interval).setHeader("95% interval").setAutoWidth(true);
        grid.addColumn(r -> SweepAnalysis.usd(r.costUsd())).setHeader("Cost").setAutoWidth(true)
                .setTooltipGenerator(r -> r.priced() ? "" : r.unpriced() + " answers without a price");
        grid.addColumn(r -> r.latencyP50Ms() + " ms").setHeader("Median latency").setAutoWidth(true);
        grid.addColumn(r -> r.model().equals(best) ? "best" : r.notWorse() ? "not worse (" + Significance.p(r.pValue()) + ")"
                : "worse (" + Significance.p(r.pValue()) + ")").setHeader("Against the best").setAutoWidth(true);
        grid.addColumn(r -> r.onFront() ? "on the front" : "").setHeader("Front").setAutoWidth(true);
        add(heading, header, recommendation, chart, grid, note);
    }

    private void show(ModelSweep sweep) {
        status.setText(summary.running() ? "running, " + summary.done() + "/" + summary.cells() + " done" : summary.status());
        status.getElement().setAttribute("data-status", summary.status());
        recommendation.setText(sweep.recommended().map(model -> "Recommended: " + model + ". ").orElse("")
                + sweep.reason());
        recommendation.getElement().setAttribute("data-model", sweep.recommended().orElse(""));
        // the markup is built from numbers and escaped text only (see SweepChart)
        chart.getElement().setProperty("innerHTML", SweepChart.svg(sweep));
        best = sweep.best().orElse("");
        grid.setItems(sweep.rows());
    }

    private Follower.Look follow(UI ui) {
        if (summary == null || !summary.running()) {
            return null;
        }
        long following = runId;
        return () -> {
            RunSummary now = runs.summary(following).orElse(summary);
            ModelSweep sweep = sweeps.of(following);
            ui.access(() -> {
                summary = now;
                show(sweep);
            });
            return now.running();
        };
    }
}
