package dev.promptsmith.ui.optimize;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.promptsmith.optimize.Accepted;
import dev.promptsmith.optimize.Candidate;
import dev.promptsmith.optimize.CaseFlip;
import dev.promptsmith.optimize.OptimizationRefusedException;
import dev.promptsmith.optimize.OptimizationSnapshot;
import dev.promptsmith.optimize.OptimizationStatus;
import dev.promptsmith.optimize.Optimizations;
import dev.promptsmith.ui.Follower;
import dev.promptsmith.ui.MainLayout;
import dev.promptsmith.ui.prompts.PromptDiffView;
import java.util.List;
import java.util.Objects;

/**
 * One optimization: where it stands against its budget, Stop and Resume, the score trajectory, every candidate,
 * the best one's diff against the start, the validation cases that flipped, whether the gain is significant, and
 * Accept. While it runs the page reads it again every {@link #POLL_MS} ms (a snapshot is a few queries).
 */
@Route(value = "optimizations/:id", layout = MainLayout.class)
public class OptimizationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final long POLL_MS = 700;

    private final Optimizations optimizations;
    private final Span status = new Span();
    private final Span progress = new Span();
    private final Paragraph reason = new Paragraph();
    private final Button stop = new Button("Stop");
    private final Button resume = new Button("Resume");
    private final Div chart = new Div();
    private final Paragraph gain = new Paragraph();
    private final Grid<Candidate> candidates = new Grid<>(Candidate.class, false);
    private final Div diff = new Div();
    private final Div flips = new Div();
    private final TextField label = new TextField("Label");
    private final Button accept = new Button("Accept the best");
    private final Div accepted = new Div();
    private final Div problem = new Div();
    private long id = -1;
    private volatile OptimizationSnapshot shown;
    private String title = "Optimization · Promptsmith";
    private final Follower follower;

    public OptimizationView(Optimizations optimizations) {
        this.optimizations = optimizations;
        addClassName("optimization-page");
        follower = new Follower(this, () -> "optimization-view-" + id, POLL_MS, this::follow);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        follower.stop();
        removeAll();
        String given = event.getRouteParameters().get("id").orElse("");
        try {
            id = Long.parseLong(given);
            shown = optimizations.snapshot(id);
        } catch (NumberFormatException | OptimizationRefusedException e) {
            shown = null;
            title = "No such optimization · Promptsmith";
            Paragraph missing = new Paragraph("There is no optimization with the id '" + given + "'.");
            missing.setId("optimization-missing");
            add(new H2("Optimization not found"), missing, new Anchor("optimizations", "All optimizations"));
            return;
        }
        title = "Optimization #" + id + " · " + shown.request().promptName() + " · Promptsmith";
        build();
        show(shown);
        follower.restart();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void build() {
        H2 heading = new H2("Optimization #" + id);
        heading.setId("optimization-title");
        String prompt = shown.request().promptName();
        String suite = shown.request().suiteName();
        Div header = new Div(new Span("Prompt "), new Anchor("prompts/" + prompt, prompt), new Span(" on suite "),
                new Anchor("suites/" + suite, suite), new Span(" · " + shown.trainingCases() + " training and "
                + shown.validationCases() + " validation cases · targets "
                + String.join(", ", shown.request().targets().stream().map(t -> t.name()).toList())
                + " · proposer " + shown.request().proposer().name() + " · seed " + shown.request().seed()));
        status.setId("optimization-status");
        progress.setId("optimization-progress");
        reason.setId("optimization-reason");
        stop.setId("optimization-stop");
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.addClickListener(click -> {
            optimizations.stop(id);
            stop.setEnabled(false);
            stop.setText("Stopping…");
        });
        resume.setId("optimization-resume");
        resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resume.addClickListener(click -> resume());
        HorizontalLayout bar = new HorizontalLayout(status, progress, stop, resume);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        chart.setId("optimization-chart");
        chart.addClassNames("pass-rate-chart", "chart-box");
        gain.setId("optimization-gain");
        candidates.setId("optimization-candidates");
        candidates.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        candidates.setAllRowsVisible(true);
        candidates.addColumn(c -> "v" + c.versionNumber() + (Objects.equals(c.id(), shown.bestId()) ? " (best)" : ""))
                .setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        candidates.addColumn(Candidate::round).setHeader("Round").setAutoWidth(true).setFlexGrow(0);
        candidates.addColumn(c -> c.strategy() == null ? "start" : OptimizeView.strategy(c.strategy()))
                .setHeader("Strategy").setAutoWidth(true);
        candidates.addColumn(c -> OptimizationFormats.score(c.trainingScore(), c.trainingPasses(), c.trainingTotal()))
                .setHeader("Training").setAutoWidth(true);
        candidates.addColumn(c -> OptimizationFormats.score(c.validationScore(), c.validationPasses(),
                c.validationTotal())).setHeader("Validation").setAutoWidth(true);
        candidates.addColumn(Candidate::rationale).setHeader("Rationale").setFlexGrow(3);
        candidates.addComponentColumn(OptimizationView::runLinks).setHeader("Runs").setAutoWidth(true);
        diff.setId("optimization-diff");
        diff.addClassName("prompt-diff");
        flips.setId("optimization-flips");
        flips.addClassName("optimization-flips");
        label.setId("optimization-label");
        label.setValue("validated");
        accept.setId("optimization-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(click -> accept());
        accepted.setId("optimization-accepted");
        problem.setId("optimization-problem");
        problem.addClassName("error-text");
        problem.setVisible(false);
        HorizontalLayout acceptRow = new HorizontalLayout(label, accept);
        acceptRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new Anchor("optimizations", "← All optimizations"), heading, header, bar, reason, problem,
                new H3("Score per round"), chart, gain, acceptRow, accepted, new H3("Candidates"), candidates,
                new H3("The best against the start"), diff, new H3("Validation cases"), flips);
    }

    private static Div runLinks(Candidate candidate) {
        Div links = new Div();
        if (candidate.trainingRunId() != null) {
            links.add(new Anchor("runs/" + candidate.trainingRunId(), "training"));
        }
        if (candidate.validationRunId() != null) {
            links.add(new Span(" "), new Anchor("runs/" + candidate.validationRunId(), "validation"));
        }
        return links;
    }

    private void show(OptimizationSnapshot now) {
        shown = now;
        boolean running = now.status() == OptimizationStatus.RUNNING;
        status.setText(OptimizationFormats.status(now.status()));
        status.getElement().setAttribute("data-status", now.status().name().toLowerCase(java.util.Locale.ROOT));
        progress.setText(OptimizationFormats.progress(now));
        reason.setText(now.stopReason() == null ? "" : "Why it ended: " + now.stopReason());
        reason.setVisible(now.stopReason() != null);
        stop.setVisible(running && optimizations.running(id));
        if (!running) {
            stop.setEnabled(true);
            stop.setText("Stop");
        }
        resume.setVisible(now.status().resumable());
        // the markup is built from numbers only (see TrajectoryChart)
        chart.getElement().setProperty("innerHTML", TrajectoryChart.svg(now.trajectory()));
        gain.setText(OptimizationFormats.gain(now.gain()));
        candidates.setItems(now.candidates());
        boolean better = now.best().isPresent() && now.start().isPresent()
                && now.best().get().id() != now.start().get().id();
        accept.setEnabled(!running && better && now.acceptedVersionId() == null);
        label.setEnabled(accept.isEnabled());
        if (now.acceptedVersionId() != null && accepted.getChildren().findAny().isEmpty()) {
            accepted.add(new Span("Accepted as a version of "), new Anchor("prompts/" + now.request().promptName(),
                    now.request().promptName()));
        }
        showDiff(now, better);
        showFlips(running);
    }

    private void showDiff(OptimizationSnapshot now, boolean better) {
        diff.removeAll();
        if (!better) {
            diff.add(new Span(now.best().isPresent() ? "No candidate has beaten the start yet." : "Nothing scored yet."));
            return;
        }
        try {
            PromptDiffView.sections(optimizations.diff(id)).forEach(diff::add);
        } catch (RuntimeException e) {
            diff.add(new Span("The versions cannot be compared: " + e.getMessage()));
        }
    }

    private void showFlips(boolean running) {
        flips.removeAll();
        List<CaseFlip> all = optimizations.flips(id);
        if (all.isEmpty()) {
            flips.add(new Span(running ? "Once the start and the best are scored on validation, each case shows here."
                    : "No validation results."));
            return;
        }
        for (CaseFlip flip : all) {
            String kind = flip.fixed() ? "fixed" : flip.broken() ? "broken" : "same";
            Div line = new Div(new Span((flip.position() + 1) + ". " + flip.label() + ": "
                    + (flip.startPassed() ? "pass" : "fail") + " → " + (flip.bestPassed() ? "pass" : "fail")
                    + (flip.fixed() ? " (fixed)" : flip.broken() ? " (broken)" : "")));
            line.addClassNames("flip", kind);
            line.getElement().setAttribute("data-flip", kind);
            flips.add(line);
        }
    }

    private void accept() {
        problem.setVisible(false);
        try {
            Accepted result = optimizations.accept(id, label.getValue());
            accepted.removeAll();
            Anchor link = new Anchor("prompts/" + shown.request().promptName(), shown.request().promptName()
                    + " v" + result.number());
            link.setId("optimization-accepted-link");
            accepted.add(new Span("Accepted: "), link, new Span(" is labelled " + result.label() + "."
                    + (result.fileProblem() == null ? "" : " Its file was not written: " + result.fileProblem())));
            show(optimizations.snapshot(id));
        } catch (OptimizationRefusedException e) {
            problem.setText("Not accepted: " + e.getMessage());
            problem.setVisible(true);
        }
    }

    private void resume() {
        problem.setVisible(false);
        try {
            optimizations.resume(id);
        } catch (OptimizationRefusedException e) {
            problem.setText("Not resumed: " + e.getMessage());
            problem.setVisible(true);
            return;
        }
        show(optimizations.snapshot(id));
        follower.restart();
    }

    private Follower.Look follow(UI ui) {
        if (shown == null || shown.status() != OptimizationStatus.RUNNING) {
            return null;
        }
        long following = id;
        return () -> {
            OptimizationSnapshot now = optimizations.snapshot(following);
            ui.access(() -> show(now));
            return now.status() == OptimizationStatus.RUNNING;
        };
    }
}
