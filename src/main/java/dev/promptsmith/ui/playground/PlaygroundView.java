package dev.promptsmith.ui.playground;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.promptsmith.check.AnsweringModel;
import dev.promptsmith.check.CaseVerdict;
import dev.promptsmith.check.CheckEngine;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.json.JsonOfOutput;
import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.Continuation;
import dev.promptsmith.model.FinishReason;
import dev.promptsmith.model.ModelResponse;
import dev.promptsmith.model.ModelCatalog;
import dev.promptsmith.model.ModelGateway;
import dev.promptsmith.model.ModelRequest;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.TokenCounter;
import dev.promptsmith.prompt.PromptCatalog;
import dev.promptsmith.prompt.PromptDocument;
import dev.promptsmith.prompt.PromptSummary;
import dev.promptsmith.prompt.PromptVersion;
import dev.promptsmith.prompt.RenderException;
import dev.promptsmith.prompt.RenderedMessage;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.suite.TestCase;
import dev.promptsmith.suite.TestCaseCatalog;
import dev.promptsmith.ui.MainLayout;
import dev.promptsmith.ui.ModelLinks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Try a prompt on up to six models at once: pick a prompt (or type one), fill its variables
 * (from its samples or a test case), look at or edit the messages, choose models, Run; the answers
 * stream in side by side, a row per version when other versions of the prompt run with it.
 * Streams stop at the stream time-out, and when the page goes away (tab closed, navigated off).
 */
@Route(value = "playground", layout = MainLayout.class)
@PageTitle("Playground · Promptsmith")
public class PlaygroundView extends VerticalLayout implements BeforeEnterObserver {

    static final int MAX_MODELS = 6;
    static final int MAX_ANSWERS = 12;
    static final int MAX_CONTINUATIONS = 3;

    private final PromptCatalog prompts;
    private final TestCaseCatalog testCases;
    private final ModelCatalog models;
    private final CheckEngine checks;
    private final Continuation continuation;
    private final TokenCounter tokens = new TokenCounter();

    private final ComboBox<PromptSummary> promptChoice = new ComboBox<>("Prompt");
    private final Select<PromptVersion> versionChoice = new Select<>();
    private final MultiSelectComboBox<PromptVersion> compareChoice = new MultiSelectComboBox<>("Side by side with");
    private final TextArea adHoc = new TextArea("Ad-hoc prompt (user message, {{ variables }} allowed)");
    private final ComboBox<TestCase> caseChoice = new ComboBox<>("Fill from test case");
    private final Div variables = new Div();
    private final MultiSelectComboBox<ModelTarget> modelChoice = new MultiSelectComboBox<>("Models (1 to 6)");
    private final IntegerField maxTokens = new IntegerField("Max tokens");
    private final NumberField temperature = new NumberField("Temperature");
    private final Div answers = new Div();
    private final Div problem = new Div();
    private final Button run = new Button("Run");
    private final Button stop = new Button("Stop");
    private final Map<String, TextArea> variableFields = new LinkedHashMap<>();
    private final MessageEdits messageEdits = new MessageEdits(this::render);
    private final PlaygroundCalls running;
    private PromptDocument document;

    public PlaygroundView(PromptCatalog prompts, TestCaseCatalog testCases, ModelCatalog models, ModelGateway gateway,
                          CheckEngine checks, Continuation continuation, PlaygroundLimits limits) {
        this.prompts = prompts;
        this.testCases = testCases;
        this.models = models;
        this.checks = checks;
        this.continuation = continuation;
        this.running = new PlaygroundCalls(gateway, limits.streamTimeout());
        addClassName("playground");

        promptChoice.setId("playground-prompt");
        promptChoice.setItems(prompts.find("", 0, 1000));
        promptChoice.setItemLabelGenerator(PromptSummary::title);
        promptChoice.setPlaceholder("Type a prompt below instead");
        promptChoice.setClearButtonVisible(true);
        promptChoice.setWidth("22rem");
        promptChoice.addValueChangeListener(change -> choosePrompt(change.getValue()));

        versionChoice.setId("playground-version");
        versionChoice.setLabel("Version");
        versionChoice.setItemLabelGenerator(v -> "v" + v.number() + (v.labels().isEmpty() ? "" : " " + v.labels()));
        versionChoice.setWidth("8rem");
        versionChoice.setVisible(false);
        versionChoice.addValueChangeListener(change -> chooseVersion(change.getValue()));

        compareChoice.setId("playground-compare");
        compareChoice.setItemLabelGenerator(v -> "v" + v.number() + (v.labels().isEmpty() ? "" : " " + v.labels()));
        compareChoice.setPlaceholder("other versions");
        compareChoice.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        compareChoice.setWidth("14rem");
        compareChoice.setVisible(false);

        adHoc.setId("adhoc-prompt");
        adHoc.setWidthFull();
        adHoc.setMinHeight("6rem");
        adHoc.addValueChangeListener(change -> readAdHoc());

        caseChoice.setId("playground-case");
        caseChoice.setItemLabelGenerator(c -> c.suiteName() + ": " + c.label());
        caseChoice.setWidth("22rem");
        caseChoice.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                fill(change.getValue().vars());
            }
        });

        variables.setId("playground-variables");
        variables.addClassName("variable-fields");

        modelChoice.setId("playground-models");
        // the chosen models show as chips with their names, on as many lines as they need, never as a "+3" chip;
        // where each model's calls go shows in the list to choose from
        modelChoice.setItemLabelGenerator(ModelTarget::name);
        modelChoice.setRenderer(LitRenderer.<ModelTarget>of("${item.name} · ${item.where}")
                .withProperty("name", ModelTarget::name)
                .withProperty("where", ModelLinks::where));
        modelChoice.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        modelChoice.setWidth("26rem");
        maxTokens.setId("playground-max-tokens");
        maxTokens.setMin(1);
        maxTokens.setWidth("8rem");
        temperature.setId("playground-temperature");
        temperature.setMin(0);
        temperature.setMax(2);
        temperature.setStep(0.1);
        temperature.setWidth("8rem");

        run.setId("run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(click -> run());
        // Ctrl+Enter (Cmd+Enter) runs from anywhere on the page, a variable's text field included
        run.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        run.addClickShortcut(Key.ENTER, KeyModifier.META);
        run.setTooltipText("Ctrl+Enter");
        stop.setId("stop");
        stop.setEnabled(false);
        stop.addClickListener(click -> stopAll());

        problem.setId("playground-error");
        problem.addClassName("error-text");
        problem.setVisible(false);
        answers.setId("answers");
        answers.addClassName("answer-rows");

        HorizontalLayout choose = new HorizontalLayout(promptChoice, versionChoice, compareChoice, caseChoice);
        HorizontalLayout settings = new HorizontalLayout(modelChoice, maxTokens, temperature, run, stop);
        settings.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2("Playground"), choose, adHoc, variables, messageEdits, settings, problem, answers);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        modelChoice.setItems(models.choices());
        event.getLocation().getQueryParameters().getSingleParameter("prompt")
                .flatMap(name -> prompts.find(name))
                .ifPresent(promptChoice::setValue);
    }

    private void choosePrompt(PromptSummary prompt) {
        adHoc.setVisible(prompt == null);
        versionChoice.setVisible(prompt != null);
        compareChoice.setVisible(prompt != null);
        compareChoice.clear();
        caseChoice.clear();
        if (prompt == null) {
            caseChoice.setItems(List.of());
            readAdHoc();
            return;
        }
        caseChoice.setItems(testCases.ofPrompt(prompt.id()));
        List<PromptVersion> versions = prompts.versions(prompt.id());
        versionChoice.setItems(versions);
        compareChoice.setItems(versions);
        versionChoice.setValue(versions.isEmpty() ? null : versions.getFirst());
    }

    private void chooseVersion(PromptVersion version) {
        PromptSummary prompt = promptChoice.getValue();
        if (version == null || prompt == null) {
            return;
        }
        try {
            document = prompts.document(prompt.name(), version);
            hideProblem();
        } catch (InvalidFileException e) {
            document = null;
            showProblem("Version " + version.number() + " cannot be read: " + e.getMessage());
        }
        showVariables(document == null ? List.of() : document.variables(), document == null ? Map.of() : document.sample());
        messageEdits.promptChanged();
    }

    private void readAdHoc() {
        if (promptChoice.getValue() != null) {
            return;
        }
        try {
            document = adHoc.getValue().isBlank() ? null : prompts.adHoc(adHoc.getValue());
            hideProblem();
        } catch (InvalidFileException e) {
            document = null;
            showProblem(e.problems().getFirst().message());
        }
        Map<String, Object> current = new LinkedHashMap<>();
        variableFields.forEach((name, field) -> current.put(name, field.getValue()));
        showVariables(document == null ? List.of() : document.variables(), current);
        messageEdits.promptChanged();
    }

    private void showVariables(List<String> names, Map<String, Object> values) {
        variables.removeAll();
        variableFields.clear();
        for (String name : names) {
            TextArea field = new TextArea(name);
            field.setId("var-" + name);
            field.addClassName("variable-field");
            field.setValue(VariableValues.toText(values.get(name)));
            field.addValueChangeListener(change -> messageEdits.variablesChanged());
            variableFields.put(name, field);
            variables.add(field);
        }
    }

    private void fill(Map<String, Object> values) {
        values.forEach((name, value) -> {
            TextArea field = variableFields.get(name);
            if (field != null) {
                field.setValue(VariableValues.toText(value));
            }
        });
    }

    private void run() {
        hideProblem();
        List<ModelTarget> chosen = new ArrayList<>(modelChoice.getSelectedItems());
        if (document == null) {
            showProblem("Choose a prompt or type one first.");
            return;
        }
        if (chosen.isEmpty() || chosen.size() > MAX_MODELS) {
            showProblem("Choose between 1 and " + MAX_MODELS + " models (" + chosen.size() + " chosen).");
            return;
        }
        Map<String, Object> values = values();
        List<AnswerRow.Messages> rows;
        try {
            rows = versionsToRun(values);
        } catch (RenderException | InvalidFileException e) {
            showProblem(e.getMessage());
            return;
        }
        if (rows.isEmpty()) {
            return;
        }
        if (rows.size() * chosen.size() > MAX_ANSWERS) {
            showProblem(rows.size() + " versions on " + chosen.size() + " models make " + rows.size() * chosen.size()
                    + " answers; at most " + MAX_ANSWERS + " run at once.");
            return;
        }
        stopAll();
        answers.removeAll();
        UI ui = UI.getCurrent();
        for (AnswerRow.Messages messages : rows) {
            AnswerRow row = new AnswerRow(messages);
            answers.add(row);
            ModelRequest request = messages.request();
            for (ModelTarget target : chosen) {
                AnswerColumn column = new AnswerColumn(ui, target, tokens.count(target, request.messages()).describe(),
                        actions(target, request, messages.rendered(), values));
                row.add(column);
                running.stream(target, request, column::token, (response, failure) -> {
                    if (failure == null) {
                        column.complete(response);
                    } else {
                        column.fail(failure);
                    }
                }, () -> ui.access(() -> {
                    run.setEnabled(true);
                    stop.setEnabled(false);
                }));
            }
        }
        run.setEnabled(false);
        stop.setEnabled(true);
    }

    /**
     * The chosen version (with the messages as edited, if they were) and the versions to compare it with, each
     * rendered with the same variables; empty, with the problem shown, when the edits left no message.
     */
    private List<AnswerRow.Messages> versionsToRun(Map<String, Object> values)
            throws RenderException, InvalidFileException {
        Optional<List<RenderedMessage>> edits = messageEdits.edits();
        List<RenderedMessage> rendered = edits.isPresent() ? edits.get() : render();
        if (rendered.isEmpty()) {
            showProblem("The edited messages are all empty: type one, or reset them to the prompt's.");
            return List.of();
        }
        PromptVersion version = versionChoice.getValue();
        List<PromptVersion> others = compareChoice.getSelectedItems().stream()
                .filter(other -> version != null && other.number() != version.number())
                .sorted(java.util.Comparator.comparingInt(PromptVersion::number).reversed())
                .toList();
        List<AnswerRow.Messages> rows = new ArrayList<>();
        String label = others.isEmpty() ? null : "v" + version.number() + (edits.isPresent() ? " (edited messages)" : "");
        rows.add(new AnswerRow.Messages(label, version == null ? "" : String.valueOf(version.number()), rendered,
                request(rendered)));
        for (PromptVersion other : others) {
            List<RenderedMessage> its = prompts.render(prompts.document(promptChoice.getValue().name(), other), values);
            rows.add(new AnswerRow.Messages("v" + other.number(), String.valueOf(other.number()), its, request(its)));
        }
        return rows;
    }

    private ModelRequest request(List<RenderedMessage> rendered) {
        return ModelRequest.of(rendered.stream().map(m -> new ChatMessage(m.role(), m.text())).toList())
                .withMaxTokens(maxTokens.getValue())
                .withTemperature(temperature.getValue());
    }

    private Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        variableFields.forEach((name, field) -> values.put(name, VariableValues.fromText(field.getValue())));
        return values;
    }

    private List<RenderedMessage> render() throws RenderException {
        return document == null ? List.of() : prompts.render(document, values());
    }

    private AnswerActions actions(ModelTarget target, ModelRequest request, List<RenderedMessage> rendered,
                                 Map<String, Object> values) {
        TestCase chosenCase = caseChoice.getValue();
        String promptText = String.join("\n\n", rendered.stream().map(RenderedMessage::text).toList());
        return new AnswerActions() {
            @Override
            public Optional<String> testCase() {
                return Optional.ofNullable(chosenCase).map(c -> c.suiteName() + ": " + c.label());
            }

            @Override
            public Optional<CaseVerdict> check(String text, ModelResponse response, FinishReason finishReason,
                                               JsonOfOutput json) {
                if (chosenCase == null) {
                    return Optional.empty();
                }
                CheckInput input = new CheckInput(text, values, promptText, finishReason,
                        response.latency().toMillis(), response.costUsd(), json)
                        .answeredBy(AnsweringModel.of(target), response.logProbs());
                return Optional.of(checks.evaluate(checks.fill(chosenCase.allChecks(), values), chosenCase.threshold(),
                        input));
            }

            @Override
            public Continuation.Continued carryOn(ModelResponse response) {
                return continuation.carryOn(target, request, response, MAX_CONTINUATIONS);
            }
        };
    }

    /** The tab was closed or the person went elsewhere: nobody reads these answers any more. */
    @Override
    protected void onDetach(DetachEvent event) {
        stopAll();
        super.onDetach(event);
    }

    private void stopAll() {
        running.stopAll();
    }

    private void showProblem(String message) {
        problem.removeAll();
        problem.add(new Span(message));
        problem.setVisible(true);
    }

    private void hideProblem() {
        problem.setVisible(false);
    }
}
