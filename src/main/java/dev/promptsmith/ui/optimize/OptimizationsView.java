package dev.promptsmith.ui.optimize;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.promptsmith.optimize.OptimizationSummary;
import dev.promptsmith.optimize.Optimizations;
import dev.promptsmith.ui.MainLayout;

/** Every optimization, newest first, each linking to its page; and the way to start one. */
@Route(value = "optimizations", layout = MainLayout.class)
@PageTitle("Optimizations · Promptsmith")
public class OptimizationsView extends VerticalLayout implements BeforeEnterObserver {

    private final Optimizations optimizations;
    private final Grid<OptimizationSummary> grid = new Grid<>(OptimizationSummary.class, false);

    public OptimizationsView(Optimizations optimizations) {
        this.optimizations = optimizations;
        Anchor start = new Anchor("optimize", "Optimize a prompt");
        start.setId("optimizations-new");
        grid.setId("optimizations-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(s -> new Anchor("optimizations/" + s.id(), "#" + s.id())).setHeader("#")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OptimizationSummary::promptName).setHeader("Prompt").setFlexGrow(2);
        grid.addColumn(OptimizationSummary::suiteName).setHeader("Suite").setFlexGrow(2);
        grid.addColumn(s -> OptimizationFormats.status(s.status())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(s -> s.callsSpent() + "/" + s.maxCalls()).setHeader("Calls").setAutoWidth(true);
        grid.addColumn(s -> percent(s.startValidation()) + " → " + percent(s.bestValidation()))
                .setHeader("Validation").setAutoWidth(true);
        grid.addColumn(s -> s.stopReason() == null ? "" : s.stopReason()).setHeader("Why it stopped").setFlexGrow(3);
        add(new H2("Optimizations"), start, grid);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.setItems(optimizations.list());
    }

    private static String percent(Double score) {
        return score == null ? "–" : Math.round(score * 100) + "%";
    }
}
