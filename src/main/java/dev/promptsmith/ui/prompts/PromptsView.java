package dev.promptsmith.ui.prompts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import dev.promptsmith.exchange.WorkspaceChanges;
import dev.promptsmith.prompt.PromptCatalog;
import dev.promptsmith.prompt.PromptLifecycle;
import dev.promptsmith.prompt.PromptSummary;
import dev.promptsmith.ui.MainLayout;
import dev.promptsmith.ui.WorkspaceRefresh;

/** All prompts, searchable, with how many versions each has and when it last changed. */
@Route(value = "", layout = MainLayout.class)
@RouteAlias(value = "prompts", layout = MainLayout.class)
@PageTitle("Prompts · Promptsmith")
public class PromptsView extends VerticalLayout {

    private final Grid<PromptSummary> grid = new Grid<>(PromptSummary.class, false);

    public PromptsView(PromptCatalog catalog, PromptLifecycle lifecycle, WorkspaceChanges changes) {
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

        Button create = new Button("New prompt", VaadinIcon.PLUS.create(), click -> newPrompt(catalog, lifecycle));
        create.setId("new-prompt");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div toolbar = new Div(search, create);
        toolbar.addClassName("prompts-toolbar");

        add(new H2("Prompts"), toolbar, grid);
        setFlexGrow(1, grid);
    }

    /** Asks for a name and what to start from: nothing (a short system and user message) or another prompt. */
    private static void newPrompt(PromptCatalog catalog, PromptLifecycle lifecycle) {
        ComboBox<PromptSummary> template = new ComboBox<>("Start from");
        template.setId("new-prompt-template");
        template.setItems(catalog.find("", 0, 1000));
        template.setItemLabelGenerator(PromptSummary::title);
        template.setPlaceholder("Nothing: a system and a user message");
        template.setClearButtonVisible(true);
        template.setWidthFull();
        new NewPromptDialog("New prompt", "", "", (name, title) -> lifecycle.create(name, title,
                java.util.Optional.ofNullable(template.getValue()).map(PromptSummary::name)), template).open();
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
