package dev.promptsmith.ui.generate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dev.promptsmith.generate.DraftSaving;
import dev.promptsmith.generate.DraftedCase;
import dev.promptsmith.generate.Generation;
import dev.promptsmith.generate.Generator;
import dev.promptsmith.generate.Kept;
import dev.promptsmith.generate.Task;
import dev.promptsmith.model.ModelCatalog;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.prompt.PromptDraft;
import dev.promptsmith.prompt.PromptEditor;
import dev.promptsmith.shared.Role;
import dev.promptsmith.ui.MainLayout;
import dev.promptsmith.ui.prompts.PromptView;
import java.util.ArrayList;
import java.util.List;

/**
 * Drafts a prompt and its test cases from a task description with a model of the user's choice; the user edits the
 * messages, ticks the cases to keep, and Keep saves the prompt and a suite of the kept cases.
 */
@Route(value = "generate", layout = MainLayout.class)
@PageTitle("Generate · Promptsmith")
public class GenerateView extends VerticalLayout {

    private final Generator generator;
    private final DraftSaving saving;
    private final TextArea task = new TextArea("What should the prompt do?");
    private final TextArea examples = new TextArea("Examples (optional): one per line, input => output");
    private final ComboBox<ModelTarget> model = new ComboBox<>("Model that drafts");
    private final TextField name = new TextField("Prompt name (prompts/NAME.prompty and testcases/NAME.yaml)");
    private final Button generate = new Button("Generate");
    private final Div status = new Div();
    private final Div result = new Div();
    private final UnorderedList problems = new UnorderedList();
    private final TextField title = new TextField("Title");
    private final TextArea system = new TextArea("System message");
    private final TextArea user = new TextArea("User message");
    private final Paragraph parameters = new Paragraph();
    private final DraftedCasesGrid cases = new DraftedCasesGrid("generated-cases");
    private final Div messages = new Div();
    private final Button keep = new Button("Keep");
    private Generation shown;

    public GenerateView(Generator generator, DraftSaving saving, ModelCatalog models) {
        this.generator = generator;
        this.saving = saving;
        addClassName("generate-view");
        task.setId("generate-task");
        task.setWidthFull();
        task.setMinHeight("6rem");
        examples.setId("generate-examples");
        examples.setWidthFull();
        model.setId("generate-model");
        model.setItems(models.choices());
        model.setItemLabelGenerator(ModelTarget::name);
        model.setWidth("24rem");
        name.setId("generate-name");
        name.setWidth("24rem");
        generate.setId("generate-run");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(click -> start());
        status.setId("generate-status");
        problems.setId("generate-problems");
        problems.addClassName("error-text");
        title.setId("generated-title");
        title.setWidthFull();
        system.setId("generated-system");
        system.setWidthFull();
        user.setId("generated-user");
        user.setWidthFull();
        parameters.setId("generated-parameters");
        messages.setId("generate-messages");
        keep.addClickListener(click -> keep());
        keep.setId("generate-keep");
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.add(new H3("Drafted prompt"), title, system, user, parameters, new H3("Drafted cases"),
                new Paragraph("Tick the cases to keep; those with problems start unticked."), cases, keep, messages);
        result.setWidthFull();
        result.setVisible(false);
        add(new H2("Generate a prompt"), task, examples, new HorizontalLayout(model, name), generate, status,
                problems, result);
    }

    private void start() {
        String key = name.getValue().strip();
        if (task.getValue().isBlank() || model.isEmpty() || !PromptEditor.NAME.matcher(key).matches()) {
            status.setText("Describe the task, choose a model and give a name of lower-case letters, digits, "
                    + "'-', '_' and '.'.");
            return;
        }
        Task asked = new Task(task.getValue(), examples(examples.getValue()), key);
        ModelTarget chosen = model.getValue();
        generate.setEnabled(false);
        status.setText("Asking " + chosen.name() + " for a prompt, then for test cases…");
        UI ui = UI.getCurrent();
        Thread.startVirtualThread(() -> {
            Generation generation;
            String failure = null;
            try {
                generation = generator.generate(asked, chosen);
            } catch (RuntimeException e) {
                generation = null;
                failure = e.getMessage();
            }
            Generation done = generation;
            String failed = failure;
            ui.access(() -> {
                generate.setEnabled(true);
                if (done == null) {
                    status.setText("Nothing was drafted: " + failed);
                } else {
                    show(done);
                }
            });
        });
    }

    private void show(Generation generation) {
        shown = generation;
        problems.removeAll();
        generation.problems().forEach(p -> problems.add(new ListItem(p.toString())));
        status.setText(generation.prompt().isPresent()
                ? "Drafted a prompt and " + generation.cases().size() + " cases. Review them, then Keep."
                : "No prompt could be read from the answer.");
        result.setVisible(generation.prompt().isPresent());
        generation.prompt().ifPresent(draft -> {
            title.setValue(draft.title());
            system.setValue(draft.messages().stream().filter(m -> m.role() == Role.SYSTEM)
                    .map(PromptDraft.Message::text).findFirst().orElse(""));
            user.setValue(draft.messages().stream().filter(m -> m.role() == Role.USER)
                    .map(PromptDraft.Message::text).findFirst().orElse(""));
            PromptDraft.Parameters p = draft.parameters();
            parameters.setText("Variables: " + String.join(", ", generation.variables()) + " · temperature "
                    + (p.temperature() == null ? "not set" : p.temperature()) + " · max tokens "
                    + (p.maxTokens() == null ? "not set" : p.maxTokens()) + " · answers as " + p.format().wireName());
        });
        cases.show(generation.cases(), generation.variables());
        messages.setText("");
    }

    private void keep() {
        if (shown == null || shown.prompt().isEmpty()) {
            return;
        }
        PromptDraft drafted = shown.prompt().get();
        List<PromptDraft.Message> edited = new ArrayList<>();
        if (!system.getValue().isBlank()) {
            edited.add(new PromptDraft.Message(Role.SYSTEM, system.getValue()));
        }
        edited.add(new PromptDraft.Message(Role.USER, user.getValue()));
        PromptDraft draft = new PromptDraft(drafted.name(), title.getValue().isBlank() ? drafted.name()
                : title.getValue().strip(), drafted.description(), edited, drafted.parameters(), drafted.sample(),
                drafted.header());
        List<DraftedCase> kept = cases.kept();
        List<ModelTarget> on = model.isEmpty() ? List.of() : List.of(model.getValue());
        keep.setEnabled(false);
        messages.removeClassName("error-text");
        messages.setText("Saving " + drafted.name() + " and its suite of " + kept.size() + " case"
                + (kept.size() == 1 ? "" : "s") + "…");
        BackgroundKeep.run(() -> saving.keep(draft, kept, on), result -> kept(result, drafted.name()));
    }

    private void kept(Kept result, String name) {
        keep.setEnabled(true);
        messages.setText(String.join(". ", result.messages()));
        messages.setClassName("error-text", !result.saved());
        if (result.saved()) {
            getUI().ifPresent(ui -> ui.navigate(PromptView.class, new RouteParameters("name", name)));
        }
    }

    /** {@code input => output} per line. */
    static List<Task.Example> examples(String text) {
        List<Task.Example> found = new ArrayList<>();
        for (String line : text.split("\n")) {
            int arrow = line.indexOf("=>");
            if (arrow > 0) {
                found.add(new Task.Example(line.substring(0, arrow).strip(), line.substring(arrow + 2).strip()));
            }
        }
        return found;
    }
}
