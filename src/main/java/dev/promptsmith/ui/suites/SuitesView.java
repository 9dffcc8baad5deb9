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
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.promptsmith.ui.MainLayout;
import java.util.List;
import java.util.Locale;
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
        TextField search = new TextField();
        search.setId("suite-search");
        search.setPlaceholder("Search by name or description");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24rem");
        Runnable show = () -> grid.setItems(matching(runs.suites(), search.getValue()));
        search.addValueChangeListener(change -> show.run());
        show.run();
        WorkspaceRefresh.follow(this, changes, report -> show.run());
        grid.addItemClickListener(click -> grid.getUI().ifPresent(ui ->
                ui.navigate(SuiteView.class, new RouteParameters("name", click.getItem().name()))));
        Button create = new Button("New suite", click -> new NewSuiteDialog(editing,
                prompts.find("", 0, 10_000).stream().map(PromptSummary::name).toList(),
                models.choices().stream().map(ModelTarget::providerId).distinct().toList()).open());
        create.setId("new-suite");
        create.setVisible(editing.writesFiles());
        add(new H2("Suites"), new Paragraph("A suite is a prompt with its test cases. Open one to choose models and "
                + "run it."), create, search, grid);
        setFlexGrow(1, grid);
    }

    /** The suites whose name or description contains the text, in any case. */
    static List<SuiteSummary> matching(List<SuiteSummary> suites, String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return suites.stream().filter(s -> wanted.isEmpty() || s.name().toLowerCase(Locale.ROOT).contains(wanted)
                || (s.description() != null && s.description().toLowerCase(Locale.ROOT).contains(wanted))).toList();
    }
}
