package dev.promptsmith.ui.models;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.promptsmith.model.DiscoveredModel;
import dev.promptsmith.model.FinishReason;
import dev.promptsmith.model.ModelCatalog;
import dev.promptsmith.model.ModelException;
import dev.promptsmith.model.ModelResponse;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.PriceTable;
import dev.promptsmith.model.ProviderKind;
import dev.promptsmith.model.secret.ApiKeys;
import dev.promptsmith.ui.MainLayout;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Model targets: add, edit, delete, test the connection, enter keys, and add local models found on this machine. */
@Route(value = "models", layout = MainLayout.class)
@PageTitle("Models · Promptsmith")
public class ModelsView extends VerticalLayout implements BeforeEnterObserver {

    private final ModelCatalog catalog;
    private final ApiKeys keys;
    private final Grid<ModelTarget> grid = new Grid<>(ModelTarget.class, false);
    private final Grid<DiscoveredModel> discovered = new Grid<>(DiscoveredModel.class, false);
    private final ModelForm form = new ModelForm();
    private final Div message = new Div();
    private final Div lostKeys = new Div();
    private final Paragraph none = new Paragraph("No model of your own yet: find the local ones (Ollama, LM Studio, "
            + "llama.cpp ...) with \"Find local models\" below, or add one with its provider, model name and key, "
            + "then test the connection. Until then the built-in echo model answers with the prompt itself.");

    public ModelsView(ModelCatalog catalog, ApiKeys keys, PriceTable prices) {
        this.catalog = catalog;
        this.keys = keys;

        grid.setId("models-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(ModelTarget::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(ModelTarget::providerId).setHeader("Provider id").setAutoWidth(true);
        grid.addColumn(t -> t.kind() == ProviderKind.ECHO ? "(built in: answers with the prompt itself)"
                : t.baseUrl() == null ? "(public endpoint)" : t.baseUrl()).setHeader("Base URL");
        grid.addColumn(this::keyColumn).setHeader("Key").setAutoWidth(true);
        grid.addColumn(t -> t.parameters().isEmpty() ? "defaults" : t.parameters().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "))).setHeader("Parameters");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> select(change.getValue()));

        Button save = new Button("Save", click -> save());
        save.setId("model-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button fresh = new Button("New", click -> {
            grid.asSingleSelect().clear();
            form.show(null);
            form.focusName();
        });
        fresh.setId("model-new");
        Button delete = new Button("Delete", click -> delete());
        delete.setId("model-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button test = new Button("Test connection", click -> test());
        test.setId("model-test");

        message.setId("model-message");
        message.setVisible(false);

        discovered.setId("discovered-grid");
        discovered.addThemeVariants(GridVariant.LUMO_COMPACT);
        discovered.addColumn(DiscoveredModel::modelName).setHeader("Model");
        discovered.addColumn(d -> d.kind().id()).setHeader("Server").setAutoWidth(true);
        discovered.addColumn(DiscoveredModel::baseUrl).setHeader("At");
        discovered.addComponentColumn(d -> {
            Button add = new Button("Add", click -> add(d));
            add.addClassName("add-discovered");
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return add;
        }).setAutoWidth(true);
        discovered.setAllRowsVisible(true);
        discovered.setEmptyStateText("Nothing found yet: is Ollama or a local server running?");
        Button find = new Button("Find local models", click -> discover());
        find.setId("discover");

        none.setId("models-none");
        add(new H2("Models"), lostKeys, none, grid, new H3("Model"), form,
                new HorizontalLayout(save, test, fresh, delete), message, new H3("Local models"), find, discovered,
                new H3("Prices"), new PricesSection(prices));
        lostKeys.setId("lost-keys");
        lostKeys.addClassName("error-text");
        refresh();
        form.show(null);
        discovered.setItems(catalog.lastDiscovered());
    }

    /** A link from a run ({@code ?new=NAME&kind=...&model=...&baseUrl=...}) fills in a new model to enter its key. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        String name = first(query, "new");
        if (name == null) {
            return;
        }
        ProviderKind kind;
        try {
            kind = ProviderKind.valueOf(String.valueOf(first(query, "kind")).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            kind = ProviderKind.OPENAI;
        }
        ModelTarget wanted = new ModelTarget(null, name, kind, Objects.requireNonNullElse(first(query, "model"), ""),
                first(query, "baseUrl"), first(query, "keyVariable"), Map.of());
        Optional<ModelTarget> stored = catalog.stored().stream()
                .filter(t -> t.name().equals(name) && t.keyDestination().equals(wanted.keyDestination()))
                .findFirst();
        if (stored.isPresent()) {
            grid.select(stored.get());
        } else {
            grid.asSingleSelect().clear();
            form.show(wanted);
        }
        say("Enter the key for " + first(query, "baseUrl") + " and save: it will be sent to that URL only.", false);
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }

    /** Keys entered under a master key that is gone cannot be read: say which, and what to do. */
    private void showLostKeys() {
        List<String> lost = keys.unreadable();
        lostKeys.removeAll();
        lostKeys.setVisible(!lost.isEmpty());
        if (lost.isEmpty()) {
            return;
        }
        lostKeys.add(new Paragraph(lost.size() + (lost.size() == 1 ? " entered key cannot" : " entered keys cannot")
                + " be read: the master key (" + keys.masterKeySource() + ") is not the one they were stored with. "
                + "If you have the original key file or PROMPTSMITH_SECRET_KEY, put it back and restart; otherwise "
                + "enter these keys again below, or forget them:"));
        UnorderedList list = new UnorderedList();
        lost.forEach(destination -> list.add(new ListItem(destination)));
        Button forget = new Button("Forget the unreadable keys", click -> {
            int forgotten = keys.forgetUnreadable();
            refresh();
            say("Forgot " + forgotten + (forgotten == 1 ? " key" : " keys") + " that could not be read.", false);
        });
        forget.setId("forget-lost-keys");
        forget.addThemeVariants(ButtonVariant.LUMO_SMALL);
        lostKeys.add(list, forget);
    }

    /** The built-in echo model is listed to show it is there, but it has no settings to edit. */
    private void select(ModelTarget target) {
        if (ModelCatalog.ECHO.equals(target)) {
            form.show(null);
            say("echo is built in: it answers with the prompt itself, to try templates and checks without a model. "
                    + "It has nothing to set.", false);
            return;
        }
        form.show(target);
    }

    private String keyColumn(ModelTarget target) {
        if (target.kind().keyVariable() == null && target.apiKeyEnvar() == null) {
            return "not needed";
        }
        return keys.describe(target.keyDestination(), target.apiKeyEnvar());
    }

    private void save() {
        try {
            ModelTarget saved = catalog.save(form.target());
            if (!form.enteredKey().isBlank()) {
                keys.store(saved.keyDestination(), form.enteredKey());
            }
            refresh();
            grid.select(saved);
            say("Saved " + saved.name() + ".", false);
        } catch (IllegalArgumentException e) {
            say(e.getMessage(), true);
        }
    }

    private void delete() {
        ModelTarget selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            say("Choose a model in the list to delete it.", true);
            return;
        }
        if (ModelCatalog.ECHO.equals(selected)) {
            say("echo is built in and cannot be deleted.", true);
            return;
        }
        catalog.delete(selected);
        refresh();
        form.show(null);
        say("Deleted " + selected.name() + ".", false);
    }

    private void test() {
        ModelTarget target = form.target();
        try {
            ModelResponse response = catalog.testConnection(target);
            say(target.name() + " answered in " + response.latency().toMillis() + " ms: " + shown(response), false);
        } catch (ModelException | IllegalArgumentException e) {
            say(e.getMessage(), true);
        }
    }

    /** The answer's first line, whole; an answer that was cut or went on says so. */
    private static String shown(ModelResponse response) {
        String text = response.text().strip();
        if (text.isEmpty()) {
            return "an empty answer (finish reason " + response.finishReason().name().toLowerCase(Locale.ROOT) + ")";
        }
        String[] lines = text.split("\\R", 2);
        boolean more = lines.length > 1 || response.finishReason() == FinishReason.LENGTH;
        return "\"" + lines[0].strip() + "\"" + (more ? " …" : "");
    }

    private void discover() {
        discovered.setItems(catalog.discover());
    }

    private void add(DiscoveredModel model) {
        try {
            ModelTarget saved = catalog.save(model.asTarget());
            refresh();
            discover();
            say("Added " + saved.name() + ".", false);
        } catch (IllegalArgumentException e) {
            say(e.getMessage(), true);
        }
    }

    private void refresh() {
        showLostKeys();
        none.setVisible(catalog.stored().isEmpty());
        grid.setItems(catalog.choices());
    }

    private void say(String text, boolean error) {
        message.removeAll();
        message.add(new Span(text));
        message.setClassName("error-text", error);
        message.setClassName("ok-text", !error);
        message.setVisible(true);
    }
}
