package dev.promptsmith.ui.suites;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.component.button.Button;
import dev.promptsmith.model.ModelCatalog;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.prompt.PromptCatalog;
import dev.promptsmith.prompt.PromptSummary;
import dev.promptsmith.run.RunService;
import dev.promptsmith.suiteedit.SuiteEditing;
import dev.promptsmith.suite.SuiteSummary;
import dev.promptsmith.exchange.WorkspaceChanges;
import dev.promptsmith.ui.MainLayout;
import dev.promptsmith.ui.WorkspaceRefresh;

/** Every suite with its description, how many test cases it has and its latest version. */
@Route(value = "suites", layout = MainLayout.class)
@PageTitle("Suites · Promptsmith")
public class SuitesView extends VerticalLayout {

    public SuitesView(RunService runs, WorkspaceChanges changes, SuiteEditing editing, PromptCatalog prompts,
                      ModelCatalog models) {
        setSizeFull();
        Grid<SuiteSummary> grid = new Grid<>(SuiteSummary.class, false);
        grid.setId("suites-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(SuiteSummary::name).setHeader("Suite").setFlexGrow(2);
        grid.addColumn(SuiteSummary::description).setHeader("Description").setFlexGrow(3);
        grid.addColumn(SuiteSummary::tests).setHeader("Tests").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> "v" + s.version()).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(runs.suites());
        WorkspaceRefresh.follow(this, changes, report -> grid.setItems(runs.suites()));
        grid.addItemClickListener(click -> grid.getUI().ifPresent(ui ->
                ui.navigate(SuiteView.class, new RouteParameters("name", click.getItem().name()))));
        Button create = new Button("New suite", click -> new NewSuiteDialog(editing,
                prompts.find("", 0, 10_000).stream().map(PromptSummary::name).toList(),
                models.choices().stream().map(ModelTarget::providerId).distinct().toList()).open());
        create.setId("new-suite");
        create.setVisible(editing.writesFiles());
        add(new H2("Suites"), new Paragraph("A suite is a prompt with its test cases. Open one to choose models and "
                + "run it."), create, grid);
        setFlexGrow(1, grid);
    }
}
