package dev.promptsmith.ui.runs;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dev.promptsmith.suite.results.CaseChange;
import dev.promptsmith.suite.results.CaseStats;
import dev.promptsmith.suite.results.RunComparison;
import dev.promptsmith.suite.results.Significance;
import dev.promptsmith.run.RunService;
import dev.promptsmith.suite.results.SuiteResults;
import dev.promptsmith.run.store.RunSummary;
import dev.promptsmith.ui.MainLayout;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two runs side by side: totals with their changes, then case by case the regressions, fixes and
 * changes in flakiness, then every case, each with its outputs in both runs. A change is called significant only by
 * the one rule of {@link Significance} (Fisher's exact test), whose p the screen shows; otherwise it
 * could be chance, and the screen says so. Two runs are "A" and "B", a run against its suite's
 * baseline "Baseline" and "Run".
 * The route is {@code compare?base=ID&run=ID}, apart from {@code runs/ID} of a single run.
 */
@Route(value = "compare", layout = MainLayout.class)
@PageTitle("Compare runs · Promptsmith")
public class CompareView extends VerticalLayout implements BeforeEnterObserver {

    /** A list shows at most this many changes; the grid below has every case. */
    static final int LIST_LIMIT = 100;

    /** Cases named in each "only in one run" list; the rest are counted. */
    private static final int NAMED = 20;

    private final RunService runs;
    private final SuiteResults results;
    private Sides sides;
    private final RunSummary[] shown = new RunSummary[2];
    /** The prompts' labels of both runs by key, the run's over the baseline's. */
    private Map<String, String> promptLabels = Map.of();

    public CompareView(RunService runs, SuiteResults results) {
        this.runs = runs;
        this.results = results;
        addClassName("compare-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2("Compare runs"));
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<Long> base = id(query, "base");
        Optional<Long> run = id(query, "run");
        if (base.isEmpty() || run.isEmpty()) {
            problem("Choose two runs to compare on the Runs screen (compare?base=ID&run=ID).");
            return;
        }
        Optional<RunSummary> baseline = runs.summary(base.get());
        Optional<RunSummary> candidate = runs.summary(run.get());
        if (baseline.isEmpty() || candidate.isEmpty()) {
            problem("There is no run #" + (baseline.isEmpty() ? base.get() : run.get()) + ".");
            return;
        }
        Map<String, String> labels = new HashMap<>(runs.matrix().promptLabels(base.get()));
        labels.putAll(runs.matrix().promptLabels(run.get()));
        promptLabels = labels;
        show(baseline.get(), candidate.get(), results.compare(base.get(), run.get()));
    }

    private static Optional<Long> id(QueryParameters query, String name) {
        try {
            return query.getSingleParameter(name).map(String::strip).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void problem(String text) {
        Paragraph problem = new Paragraph(text);
        problem.setId("compare-problem");
        problem.addClassName("error-text");
        add(problem, new Anchor("runs", "Back to the runs"));
    }

    private void show(RunSummary baseline, RunSummary candidate, RunComparison comparison) {
        sides = Sides.of(baseline, candidate);
        shown[0] = baseline;
        shown[1] = candidate;
        Div header = new Div(runLink(sides.before(), baseline), new Span(" → "), runLink(sides.after(), candidate));
        header.setId("compare-header");
        header.addClassName("compare-header");
        add(header);
        if (!baseline.suite().equals(candidate.suite())) {
            warning("These runs are of different suites (" + baseline.suite() + " and " + candidate.suite()
                    + "): only cases with the same prompt, test position and model are compared.");
        } else if (baseline.suiteVersion() != candidate.suiteVersion()) {
            warning(sides.before() + " ran version " + baseline.suiteVersion() + " of " + baseline.suite() + ", "
                    + sides.after() + " version " + candidate.suiteVersion() + ": its prompts or tests changed between "
                    + "the runs, so a change may come from them rather than from the models.");
        }
        add(ComparisonWords.verdict(comparison), totals(comparison, sides));

        List<CaseChange> regressions = comparison.regressions();
        List<CaseChange> fixes = comparison.fixes();
        List<CaseChange> flaky = comparison.flakinessChanges();
        add(new H3("Regressions (" + regressions.size() + ")"),
                changeList("compare-regressions", "regression", regressions, "No case got worse."));
        add(new H3("Fixes (" + fixes.size() + ")"), changeList("compare-fixes", "fix", fixes, "No case got better."));
        add(new H3("Flakiness changes (" + flaky.size() + ")"),
                changeList("compare-flaky", "flaky-change", flaky, "No case became flaky or steady."));
        add(new H3("Cases only in one run"), onlyInOne(comparison, sides));
        add(new H3("Every case"), caseGrid(comparison.changes()));
    }

    private void warning(String text) {
        Paragraph warning = new Paragraph(text);
        warning.addClassName("compare-warning");
        add(warning);
    }

    private static Span runLink(String role, RunSummary run) {
        Anchor link = new Anchor("runs/" + run.id(), "#" + run.id());
        Span text = new Span(role + " ");
        text.add(link);
        text.add(" · " + run.suite() + " v" + run.suiteVersion() + " · " + RunFormats.dateTime(run.createdAt()) + " · "
                + RunFormats.status(run.status()));
        text.addClassName("compare-run");
        return text;
    }

    private static Component totals(RunComparison comparison, Sides sides) {
        RunComparison.Totals before = comparison.baseline();
        RunComparison.Totals after = comparison.candidate();
        Element table = new Element("table");
        table.appendChild(row("th", "", sides.before(), sides.after(), "Change"));
        table.appendChild(row("td", "Pass rate", RunFormats.percent(before.passRate()),
                RunFormats.percent(after.passRate()), RunFormats.points(after.passRate() - before.passRate())));
        table.appendChild(row("td", "Mean score", RunFormats.score(before.meanScore()),
                RunFormats.score(after.meanScore()), RunFormats.scoreDelta(after.meanScore() - before.meanScore())));
        table.appendChild(row("td", "Mean latency", RunFormats.millis(before.meanLatencyMs()),
                RunFormats.millis(after.meanLatencyMs()),
                RunFormats.millisDelta(after.meanLatencyMs() - before.meanLatencyMs())));
        table.appendChild(row("td", "Cost", RunFormats.cost(before.costUsd()), RunFormats.cost(after.costUsd()),
                RunFormats.costDelta(after.costUsd().subtract(before.costUsd()))));
        table.appendChild(row("td", "Cells", String.valueOf(before.cells()), String.valueOf(after.cells()),
                String.format("%+d", after.cells() - before.cells())));
        Div box = new Div();
        box.getElement().appendChild(table);
        box.add(new Span("Over the cases both runs have."));
        box.setId("compare-totals");
        box.addClassName("compare-totals");
        return box;
    }

    private static Element row(String cell, String... values) {
        Element row = new Element("tr");
        for (int i = 0; i < values.length; i++) {
            row.appendChild(new Element(i == 0 ? "th" : cell).setText(values[i]));
        }
        return row;
    }

    private Div changeList(String id, String kind, List<CaseChange> changes, String none) {
        Div list = new Div();
        list.setId(id);
        list.addClassName("change-list");
        if (changes.isEmpty()) {
            Span empty = new Span(none);
            empty.addClassName("change-none");
            list.add(empty);
        }
        // significant changes first, the largest drops (or gains) before the smaller ones
        List<CaseChange> ordered = changes.stream()
                .sorted(Comparator.comparing((CaseChange change) -> !change.significant())
                        .thenComparingDouble(change -> -Math.abs(change.difference())))
                .limit(LIST_LIMIT)
                .toList();
        for (CaseChange change : ordered) {
            list.add(changeRow(kind, change));
        }
        if (changes.size() > LIST_LIMIT) {
            Span more = new Span("… and " + (changes.size() - LIST_LIMIT) + " more; every case is in the table below.");
            more.addClassName("change-more");
            list.add(more);
        }
        return list;
    }

    private Div changeRow(String kind, CaseChange change) {
        CaseStats before = change.baseline();
        CaseStats after = change.candidate();
        Span label = new Span(caseName(after));
        label.addClassName("change-case");
        Span model = new Span(after.model());
        model.addClassName("change-model");
        Span rates = new Span(before.passed() + "/" + before.runs() + " → " + after.passed() + "/" + after.runs());
        rates.addClassName("change-rates");
        Span kindText = new Span(kindText(change.kind()));
        kindText.addClassName("change-kind");
        Span interval = new Span("difference " + RunFormats.points(change.difference()));
        interval.addClassName("change-interval");
        Span verdict = new Span(Significance.words(change.pValue()));
        verdict.addClassName("change-verdict");
        Button outputs = new Button("Outputs", click -> openOutputs(change));
        outputs.addClassName("change-outputs");
        outputs.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Div row = new Div(label, model, kindText, rates, interval, verdict, outputs);
        row.addClassNames("change", kind, change.significant() ? "significant" : "not-significant");
        return row;
    }

    /** The case's outputs in both runs, side by side. */
    private void openOutputs(CaseChange change) {
        CaseStats before = change.baseline();
        CaseStats after = change.candidate();
        new CaseOutputsDialog(caseName(after) + " × " + after.model(),
                sides.before() + " #" + shown[0].id() + " (" + before.passed() + "/" + before.runs() + " passed)",
                runs.caseResults(shown[0].id(), before.prompt(), before.test(), before.model()),
                sides.after() + " #" + shown[1].id() + " (" + after.passed() + "/" + after.runs() + " passed)",
                runs.caseResults(shown[1].id(), after.prompt(), after.test(), after.model())).open();
    }

    /** The case's description and what the suite calls its prompt (its label, else the key it is stored under). */
    private String caseName(CaseStats stats) {
        return stats.description() + " (" + promptLabels.getOrDefault(stats.prompt(), stats.prompt()) + ")";
    }

    private static String kindText(CaseChange.Kind kind) {
        return switch (kind) {
            case REGRESSION -> "regression";
            case FIX -> "fix";
            case BECAME_FLAKY -> "became flaky";
            case STEADIED -> "steadied";
            case UNCHANGED -> "unchanged";
        };
    }

    private static Div onlyInOne(RunComparison comparison, Sides sides) {
        Div only = new Div();
        only.setId("compare-only");
        only.addClassName("compare-only");
        List<CaseStats> inBaseline = comparison.onlyInBaseline();
        List<CaseStats> inCandidate = comparison.onlyInCandidate();
        if (inBaseline.isEmpty() && inCandidate.isEmpty()) {
            only.setText("Both runs have the same cases.");
            return only;
        }
        only.add(new Paragraph(inBaseline.size() + " cases only in " + sides.before() + ", " + inCandidate.size()
                + " only in " + sides.after() + "; they are left out of the totals above."));
        only.add(caseNames("only-baseline", "Only in " + sides.before(), inBaseline),
                caseNames("only-candidate", "Only in " + sides.after(), inCandidate));
        return only;
    }

    /** The first {@value #NAMED} cases by name, and how many more. */
    private static Div caseNames(String className, String title, List<CaseStats> cases) {
        Div names = new Div();
        names.addClassName(className);
        if (cases.isEmpty()) {
            return names;
        }
        names.add(new Span(title + ":"));
        UnorderedList list = new UnorderedList();
        cases.stream().limit(NAMED).forEach(c -> list.add(new ListItem(c.label())));
        names.add(list);
        if (cases.size() > NAMED) {
            names.add(new Span("and " + (cases.size() - NAMED) + " more"));
        }
        return names;
    }

    private Grid<CaseChange> caseGrid(List<CaseChange> changes) {
        Grid<CaseChange> grid = new Grid<>(CaseChange.class, false);
        grid.setId("compare-cases");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(changes.size() <= 12);
        if (changes.size() > 12) {
            grid.setHeight("28rem");
        }
        grid.addColumn(change -> caseName(change.candidate())).setHeader("Case").setFlexGrow(3).setResizable(true)
                .setTooltipGenerator(change -> caseName(change.candidate()));
        grid.addColumn(change -> change.candidate().model()).setHeader("Model").setAutoWidth(true);
        grid.addColumn(change -> kindText(change.kind())).setHeader("Change").setAutoWidth(true).setSortable(true)
                .setPartNameGenerator(change -> "change-" + change.kind().name().toLowerCase());
        grid.addColumn(change -> change.baseline().passed() + "/" + change.baseline().runs() + " → "
                + change.candidate().passed() + "/" + change.candidate().runs()).setHeader("Passed").setAutoWidth(true);
        grid.addColumn(change -> RunFormats.scoreDelta(change.scoreDelta())).setHeader("Score Δ").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END)
                .setComparator((a, b) -> Double.compare(a.scoreDelta(), b.scoreDelta()));
        grid.addColumn(change -> RunFormats.costDelta(costDelta(change))).setHeader("Cost Δ").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END).setComparator((a, b) -> costDelta(a).compareTo(costDelta(b)));
        grid.addColumn(change -> RunFormats.millisDelta(change.latencyDeltaMs())).setHeader("Latency Δ")
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END)
                .setComparator((a, b) -> Long.compare(a.latencyDeltaMs(), b.latencyDeltaMs()));
        // an unchanged case's outputs are worth reading too: the pass rate says nothing of how the answers changed
        grid.addComponentColumn(change -> {
            Button outputs = new Button("Outputs", click -> openOutputs(change));
            outputs.addClassName("case-outputs-button");
            outputs.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return outputs;
        }).setHeader("Outputs").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(changes);
        return grid;
    }

    private static BigDecimal costDelta(CaseChange change) {
        return change.candidate().costUsd().subtract(change.baseline().costUsd());
    }
}
