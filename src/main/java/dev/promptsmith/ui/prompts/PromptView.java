package dev.promptsmith.ui.prompts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.promptsmith.exchange.PromptRename;
import dev.promptsmith.run.RunService;
import dev.promptsmith.prompt.MessageTemplate;
import dev.promptsmith.prompt.PromptCatalog;
import dev.promptsmith.prompt.PromptDocument;
import dev.promptsmith.prompt.PromptLifecycle;
import dev.promptsmith.prompt.PromptVersions;
import dev.promptsmith.prompt.PromptSummary;
import dev.promptsmith.prompt.PromptVersion;
import dev.promptsmith.prompt.RenderException;
import dev.promptsmith.prompt.RenderedMessage;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.suite.TestCase;
import dev.promptsmith.suite.TestCaseCatalog;
import dev.promptsmith.exchange.WorkspaceChanges;
import dev.promptsmith.ui.MainLayout;
import dev.promptsmith.ui.WorkspaceRefresh;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;

/** One prompt: its versions, messages, variables, a preview rendered with its sample values, and its test cases. */
@Route(value = "prompts/:name", layout = MainLayout.class)
public class PromptView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PromptCatalog prompts;
    private final PromptVersions versions;
    private final PromptLifecycle lifecycle;
    private final TestCaseCatalog testCases;
    private final RunService runs;
    private final Div versionBody = new Div();
    private String title = "Prompt";
    /** The prompt shown and its latest version's id when it was shown, to see whether an import changed it. */
    private String shownName;
    private Long shownLatest;

    private final PromptRename rename;

    private final ImproveStart improve;

    public PromptView(PromptCatalog prompts, PromptVersions versions, PromptLifecycle lifecycle,
                      TestCaseCatalog testCases, RunService runs, PromptRename rename, WorkspaceChanges changes,
                      ImproveStart improve) {
        this.improve = improve;
        this.rename = rename;
        WorkspaceRefresh.follow(this, changes, report -> refreshIfChanged());
        this.runs = runs;
        this.prompts = prompts;
        this.versions = versions;
        this.lifecycle = lifecycle;
        this.testCases = testCases;
        addClassName("prompt-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reload(event.getRouteParameters().get("name").orElse(""));
    }

    /** A file changed on disk (or a save elsewhere) added a version: the page shows it in place. */
    private void refreshIfChanged() {
        if (shownName == null) {
            return;
        }
        Optional<PromptVersion> latest = latest(shownName);
        if (!Objects.equals(latest.map(PromptVersion::id).orElse(null), shownLatest)) {
            reload(shownName);
            latest.ifPresent(version -> Notification.show("This prompt changed: version " + version.number()
                    + " is shown.", 4000, Notification.Position.BOTTOM_START).setId("prompt-updated"));
        }
    }

    private Optional<PromptVersion> latest(String name) {
        return prompts.find(name).flatMap(p -> prompts.versions(p.id()).stream().findFirst());
    }

    private void reload(String name) {
        shownName = name;
        shownLatest = latest(name).map(PromptVersion::id).orElse(null);
        removeAll();
        prompts.find(name).ifPresentOrElse(this::show, () -> showMissing(name));
    }

    @Override
    public String getPageTitle() {
        return title + " · Promptsmith";
    }

    private void showMissing(String name) {
        title = "No such prompt";
        Paragraph missing = new Paragraph("There is no prompt named '" + name + "'.");
        missing.setId("prompt-missing");
        add(new H2(title), missing, new RouterLink("All prompts", PromptsView.class));
    }

    private void show(PromptSummary prompt) {
        title = prompt.title();
        H2 heading = new H2(prompt.title());
        heading.setId("prompt-title");
        Span key = new Span(prompt.name() + ".prompty · " + prompt.versionCount()
                + (prompt.versionCount() == 1 ? " version" : " versions"));
        key.addClassName("prompt-key");
        Anchor tryIt = new Anchor("playground?prompt=" + java.net.URLEncoder.encode(prompt.name(),
                java.nio.charset.StandardCharsets.UTF_8), "Try it in the playground");
        tryIt.setId("try-in-playground");
        PromptActions actions = new PromptActions(prompt, lifecycle, rename);
        latest(prompt.name()).ifPresent(version -> actions.add(improve.button(prompt.name(), version,
                () -> reload(prompt.name()))));
        Anchor optimize = new Anchor("optimize?prompt=" + java.net.URLEncoder.encode(prompt.name(),
                java.nio.charset.StandardCharsets.UTF_8), "Optimize against a suite");
        optimize.setId("prompt-optimize");
        add(new RouterLink("← All prompts", PromptsView.class), heading, key, actions,
                new Div(tryIt, new Span(" · "), optimize));
        if (!prompt.description().isBlank()) {
            add(new Paragraph(prompt.description()));
        }

        List<PromptVersion> all = prompts.versions(prompt.id());
        VersionHistory history = new VersionHistory(prompt, all, prompts, versions, runs::latestPassRates,
                version -> showVersion(prompt, version), () -> reload(prompt.name()));
        versionBody.setWidthFull();
        Div versionTools = new Div(section("Labels", history.labels()), section("Compare versions",
                new VersionDiffPanel(prompt.name(), all, versions)));
        versionTools.addClassName("two-columns");
        add(section("Versions", history), versionTools, versionBody, section("Test cases", testCaseGrid(prompt)));
        if (!all.isEmpty()) {
            history.select(all.getFirst());
        }
    }

    private void showVersion(PromptSummary prompt, PromptVersion version) {
        versionBody.removeAll();
        PromptDocument document;
        try {
            document = prompts.document(prompt.name(), version);
        } catch (InvalidFileException e) {
            Div error = new Div(new Span("Version " + version.number() + " cannot be read: " + e.getMessage()));
            error.addClassName("error-text");
            versionBody.add(error);
            return;
        }
        Div messages = new Div();
        messages.setId("messages");
        messages.addClassName("message-list");
        for (MessageTemplate message : document.messages()) {
            messages.add(message(message.role().wireName(), message.template()));
        }
        Div columns = new Div(section("Messages · v" + version.number(), messages),
                section("Preview with sample values", preview(document)));
        columns.addClassName("two-columns");
        versionBody.add(section("Variables", variables(document)), columns);
    }

    private Component preview(PromptDocument document) {
        Div preview = new Div();
        preview.setId("preview");
        preview.addClassName("message-list");
        try {
            for (RenderedMessage message : prompts.render(document, document.sample())) {
                preview.add(message(message.role().wireName(), message.text()));
            }
        } catch (RenderException e) {
            Div error = new Div(new Span(e.getMessage()));
            error.setId("preview-error");
            error.addClassName("error-text");
            preview.add(error);
        }
        return preview;
    }

    private static Component variables(PromptDocument document) {
        Div chips = new Div();
        chips.setId("variables");
        chips.addClassName("chips");
        if (document.variables().isEmpty()) {
            chips.add(new Span("This prompt uses no variables."));
        }
        for (String variable : document.variables()) {
            Span chip = new Span(variable);
            chip.addClassName("chip");
            if (!document.sample().containsKey(variable)) {
                chip.addClassName("chip-missing");
                chip.setTitle("no sample value");
            }
            chips.add(chip);
        }
        return chips;
    }

    private static Component message(String role, String text) {
        Span roleLabel = new Span(role);
        roleLabel.addClassNames("role", "role-" + role);
        Pre body = new Pre(text);
        body.addClassName("message-text");
        Div message = new Div(roleLabel, body);
        message.addClassName("message");
        return message;
    }

    private Grid<TestCase> testCaseGrid(PromptSummary prompt) {
        List<TestCase> cases = testCases.ofPrompt(prompt.id());
        Grid<TestCase> grid = new Grid<>(TestCase.class, false);
        grid.setId("test-cases-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> c.suiteName() + " v" + c.suiteVersion()).setHeader("Suite").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(TestCase::label).setHeader("Test case").setFlexGrow(2);
        grid.addColumn(c -> variables(c.vars())).setHeader("Variables").setFlexGrow(3);
        grid.addColumn(c -> c.checks().stream().map(check -> String.valueOf(check.config().get("type")))
                .collect(Collectors.joining(", "))).setHeader("Checks").setFlexGrow(2);
        grid.addColumn(c -> String.join(", ", c.tags())).setHeader("Tags").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(cases);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No suite in testcases/ tests this prompt yet.");
        return grid;
    }

    private static String variables(Map<String, Object> vars) {
        return vars.entrySet().stream()
                .map(e -> e.getKey() + " = " + Formats.compact(e.getValue(), 60))
                .collect(Collectors.joining("; "));
    }

    private static Component section(String heading, Component body) {
        Div section = new Div(new H3(heading), body);
        section.addClassName("section");
        return section;
    }
}
