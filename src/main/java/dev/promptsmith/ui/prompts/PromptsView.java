package dev.promptsmith.ui.prompts;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import dev.promptsmith.prompt.PromptCatalog;
import dev.promptsmith.prompt.PromptSummary;
import dev.promptsmith.exchange.WorkspaceChanges;
import dev.promptsmith.ui.MainLayout;
import dev.promptsmith.ui.WorkspaceRefresh;

/** All prompts, searchable, with how many versions each has and when it last changed. */
@Route(value = "", layout = MainLayout.class)
@RouteAlias(value = "prompts", layout = MainLayout.class)
@PageTitle("Prompts · Promptsmith")
public class PromptsView extends VerticalLayout {

    private final Grid<PromptSummary> grid = new Grid<>(PromptSummary.class, false);

    public PromptsView(PromptCatalog catalog, WorkspaceChanges changes) {
        setSizeFull();
        WorkspaceRefresh.follow(this, changes, report -> grid.getDataProvider().refreshAll());
        TextField search = new TextField();
        search.setId("prompt-search");
        search.setPlaceholder("Search by name or description");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24rem");

        grid.setId("prompts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(PromptsView::nameCell).setHeader("Prompt").setFlexGrow(2);
        grid.addColumn(PromptSummary::description).setHeader("Description").setFlexGrow(3);
        grid.addColumn(PromptSummary::versionCount).setHeader("Versions").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Formats.dateTime(p.lastChange())).setHeader("Last change").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(query -> catalog.find(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> catalog.count(search.getValue()));
        grid.addItemClickListener(click -> grid.getUI().ifPresent(ui ->
                ui.navigate(PromptView.class, new RouteParameters("name", click.getItem().name()))));
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        add(new H2("Prompts"), search, grid);
        setFlexGrow(1, grid);
    }

    private static Div nameCell(PromptSummary prompt) {
        Span title = new Span(prompt.title());
        title.addClassName("prompt-title");
        Span key = new Span(prompt.name());
        key.addClassName("prompt-key");
        Div cell = new Div(title, key);
        cell.addClassName("prompt-name-cell");
        return cell;
    }
}
