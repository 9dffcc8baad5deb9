package dev.promptsmith.ui.runs;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.suite.results.JsonRates;
import dev.promptsmith.suite.results.ModelStats;
import dev.promptsmith.run.LiveRun;
import dev.promptsmith.run.RunService;
import dev.promptsmith.suite.results.SuiteResults;
import dev.promptsmith.run.store.RunMatrix;
import dev.promptsmith.run.store.RunStatus;
import dev.promptsmith.run.store.RunSummary;
import dev.promptsmith.ui.Follower;
import dev.promptsmith.ui.MainLayout;
import dev.promptsmith.ui.ModelLinks;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One run: header, progress with counts, ETA and cost so far, the matrix of test cases by
 * models and the per-model statistics. While the run is in progress the page follows it: each
 * result only marks the page stale, and a ticker redraws at most every {@link #TICK_MS} ms, so
 * a run of thousands of fast results does not flood the browser. The statistics read every result, so they come
 * after the page: the matrix's first rows do not wait for them.
 */
@Route(value = "runs/:id", layout = MainLayout.class)
public class RunView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final long TICK_MS = 400;
    /** The statistics read every result; while a run goes on they are redrawn less often. */
    static final long STATS_MS = 2_000;
    /** A run of another process (the command line) is only seen in the database: looked at this often. */
    static final long POLL_MS = 2_000;

    private final RunService runs;
    private final SuiteResults results;
    private final AtomicBoolean dirty = new AtomicBoolean();
    private final Span status = new Span();
    private final Div header = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Span counts = new Span();
    private final Span eta = new Span();
    private final Span cost = new Span();
    private final Button cancel = new Button("Cancel");
    private final Button resume = new Button("Resume");
    private final Button baseline = new Button("Mark as baseline");
    private final Anchor compare = new Anchor("", "Compare with baseline");
    private final Div problem = new Div();
    private long runId;
    private volatile RunSummary summary;
    /** Whether {@link #summary} has its results counted: the page shows before they are. */
    private volatile boolean counted;
    private RunMatrix.Outline outline;
    private MatrixGrid matrix;
    private ModelStatsGrid stats;
    private List<ModelTarget> targets = List.of();
    private volatile long statsShownAt;
    private String title = "Run · Promptsmith";
    private volatile Runnable stopListening;
    private final Follower follower;

    public RunView(RunService runs, SuiteResults results) {
        this.runs = runs;
        this.results = results;
        addClassName("run-page");
        setSizeFull();
        follower = new Follower(this, () -> "run-view-" + runId, TICK_MS, this::follow);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        follower.stop();
        removeAll();
        String id = event.getRouteParameters().get("id").orElse("");
        Optional<RunSummary> found = Optional.empty();
        try {
            runId = Long.parseLong(id);
            found = runs.uncounted(runId);
        } catch (NumberFormatException e) {
            runId = -1;
        }
        if (found.isEmpty()) {
            title = "No such run · Promptsmith";
            Paragraph missing = new Paragraph("There is no run with the id '" + id + "'.");
            missing.setId("run-missing");
            add(new H2("Run not found"), missing, new Anchor("suites", "All suites"));
            summary = null;
            return;
        }
        summary = found.get();
        counted = false;
        outline = runs.matrix().outline(runId).orElseThrow();
        title = "Run #" + runId + " · " + summary.suite() + " · Promptsmith";
        build();
        follower.restart();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void build() {
        H2 heading = new H2("Run #" + runId);
        heading.setId("run-title");
        header.setId("run-header");
        header.addClassName("run-header");
        status.setId("run-status");
        progress.setId("run-progress");
        progress.setWidth("24rem");
        counts.setId("run-counts");
        eta.setId("run-eta");
        cost.setId("run-cost");
        cancel.setId("run-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(click -> {
            runs.cancel(runId);
            cancel.setEnabled(false);
            cancel.setText("Cancelling…");
        });
        resume.setId("run-resume");
        resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resume.addClickListener(click -> resume());
        baseline.setId("run-mark-baseline");
        baseline.addClickListener(click -> {
            results.markBaseline(runId);
            refresh();
        });
        problem.setId("run-problem");
        problem.addClassName("error-text");
        problem.setVisible(false);

        compare.setId("run-compare-baseline");
        compare.setVisible(false);
        Anchor sweep = new Anchor("runs/" + runId + "/sweep", "Models: which to use");
        sweep.setId("run-sweep-link");
        sweep.setVisible(outline.models().size() > 1);
        HorizontalLayout bar = new HorizontalLayout(progress, counts, eta, cost, cancel, resume, baseline, compare, sweep);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.setWrap(true);
        bar.addClassName("run-progress-bar");
        matrix = new MatrixGrid(runs.matrix(), runId, outline, this::openCell);
        matrix.setMinHeight("20rem");
        stats = new ModelStatsGrid(outline.prompts().size() > 1, runs.matrix().promptLabels(runId));
        targets = runs.models(runId);
        Span jsonNote = new Span("JSON counts " + JsonRates.COUNTED + ".");
        jsonNote.setId("run-json-note");
        jsonNote.addClassName("chart-note");
        add(heading, header, bar, problem, new H3("Results"), matrix, new H3("Per model"), stats, jsonNote,
                modelList());
        setFlexGrow(1, matrix);
        show();
    }

    private Follower.Look follow(UI ui) {
        if (summary == null) {
            return null;
        }
        listen();
        return new Follower.Look() {
            private long lastPoll;

            @Override
            public boolean first() throws InterruptedException, ExecutionException {
                // once the page (and the matrix's first rows) have gone to the browser: the counts and statistics
                ui.access(() -> { }).get();
                tick(ui, true);
                lastPoll = System.nanoTime();
                return true;
            }

            @Override
            public boolean take() {
                boolean elsewhere = summary != null && summary.running() && runs.live(runId).isEmpty()
                        && System.nanoTime() - lastPoll > POLL_MS * 1_000_000;
                if (dirty.getAndSet(false) || elsewhere) {
                    lastPoll = System.nanoTime();
                    tick(ui, false);
                }
                return true;
            }

            @Override
            public void stopped() {
                stopListening();
            }
        };
    }

    private void listen() {
        stopListening();
        stopListening = runs.live(runId)
                .map(live -> live.listen(result -> dirty.set(true), () -> dirty.set(true)))
                .orElse(null);
    }

    private void stopListening() {
        Runnable stop = stopListening;
        stopListening = null;
        if (stop != null) {
            stop.run();
        }
    }

    /** Reads what changed off the page's lock, then shows it: a redraw waits for no query of every result. */
    private void tick(UI ui, boolean withStats) {
        RunSummary now = runs.summary(runId).orElse(summary);
        List<ModelStats> fresh = withStats || !now.running() || System.currentTimeMillis() - statsShownAt > STATS_MS
                ? results.models(runId) : null;
        ui.access(() -> {
            summary = now;
            counted = true;
            show();
            matrix.refresh();
            if (fresh != null) {
                showStats(fresh);
            }
        });
    }

    private void refresh() {
        summary = runs.summary(runId).orElse(summary);
        counted = true;
        show();
        matrix.refresh();
        if (!summary.running() || System.currentTimeMillis() - statsShownAt > STATS_MS) {
            showStats(results.models(runId));
        }
    }

    private void show() {
        header.removeAll();
        // a run stopped by its deadline or an interrupted command line says so, not just "cancelled"
        status.setText(RunFormats.status(summary.status()) + (summary.status().equals(RunStatus.CANCELLED)
                ? runs.stopReason(runId).map(r -> " (" + r + ")")
                .orElse("") : ""));
        status.getElement().setAttribute("data-status", summary.status());
        status.setClassName("run-status status-" + summary.status());
        Anchor suite = new Anchor("suites/" + summary.suite(), summary.suite());
        suite.setId("run-suite-link");
        header.add(new Span("Suite "), suite, new Span(" v" + summary.suiteVersion() + " · "), status,
                new Span(" · from the " + (summary.origin().equals("browser") ? "browser" : "command line")
                        + " · started " + RunFormats.dateTime(summary.createdAt())
                        + (summary.finishedAt() == null ? "" : " · took " + RunFormats.duration(summary.duration()))));
        if (summary.baseline()) {
            Span badge = new Span("baseline");
            badge.setId("run-baseline");
            badge.addClassName("baseline-badge");
            header.add(new Span(" "), badge);
        }

        int failed = summary.done() - summary.passed() - summary.errors();
        progress.setIndeterminate(!counted);
        progress.setValue(summary.cells() == 0 ? 1 : Math.min(1, (double) summary.done() / summary.cells()));
        counts.setText(!counted ? "counting results…" : summary.done() + "/" + summary.cells() + " done · "
                + summary.passed() + " passed · " + failed + " failed · " + summary.errors() + " errors");
        Optional<LiveRun> live = runs.live(runId);
        LiveRun.Progress now = live.map(LiveRun::progress).orElse(null);
        eta.setText(now == null || !summary.running() ? ""
                : now.remaining() == null ? "ETA …" : "ETA " + RunFormats.duration(now.remaining()));
        cost.setText(!counted ? "" : (summary.running() ? "cost so far " : "cost ") + RunFormats.cost(summary));

        boolean running = summary.running();
        cancel.setVisible(running && live.isPresent());
        if (!running) {
            cancel.setEnabled(true);
            cancel.setText("Cancel");
        }
        resume.setVisible(summary.status().equals(RunStatus.CANCELLED) || summary.status().equals(RunStatus.INTERRUPTED));
        baseline.setVisible(summary.status().equals(RunStatus.FINISHED));
        baseline.setEnabled(!summary.baseline());
        baseline.setText(summary.baseline() ? "Baseline of " + summary.suite() : "Mark as baseline");
        Optional<Long> suiteBaseline = summary.running() || summary.baseline() ? Optional.empty()
                : results.baseline(summary.suite());
        suiteBaseline.ifPresent(base -> compare.setHref("compare?base=" + base + "&run=" + runId));
        compare.setVisible(suiteBaseline.isPresent());
    }

    private void showStats(List<ModelStats> shown) {
        stats.show(shown);
        statsShownAt = System.currentTimeMillis();
    }

    private void resume() {
        problem.setVisible(false);
        try {
            runs.resume(runId);
        } catch (RuntimeException e) {
            problem.setText("The run could not be resumed: " + e.getMessage());
            problem.setVisible(true);
            return;
        }
        listen();
        refresh();
    }

    /** Where each model's calls went: the base URL decides which key a call could carry. */
    private Div modelList() {
        Div list = new Div();
        list.setId("run-model-urls");
        list.addClassName("run-models");
        for (ModelTarget target : targets) {
            Div line = new Div(new Span(ModelLinks.label(target)));
            line.addClassName("run-model");
            list.add(line);
        }
        return list;
    }

    private void openCell(MatrixRow row, int model) {
        String name = outline.models().get(model);
        new CellDialog((row.test().position() + 1) + ". " + row.test().label() + " × " + name
                + (outline.prompts().size() > 1 ? " · " + row.prompt() : ""),
                runs.matrix().repeats(runId, row.promptPosition(), row.test().id(), model),
                model < targets.size() ? targets.get(model) : null).open();
    }
}
