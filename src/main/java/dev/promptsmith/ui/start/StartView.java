package dev.promptsmith.ui.start;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.promptsmith.model.ModelCatalog;
import dev.promptsmith.prompt.PromptCatalog;
import dev.promptsmith.run.RunService;
import dev.promptsmith.ui.MainLayout;
import dev.promptsmith.ui.models.ModelsView;
import dev.promptsmith.ui.playground.PlaygroundView;
import dev.promptsmith.ui.runs.RunsView;
import dev.promptsmith.ui.suites.SuitesView;

/** What to do first, each step with what this workspace already has and a link to do it. */
@Route(value = "start", layout = MainLayout.class)
@PageTitle("Start · Promptsmith")
public class StartView extends VerticalLayout {

    public StartView(ModelCatalog models, PromptCatalog prompts, RunService runs) {
        addClassName("start-view");
        int saved = models.stored().size();
        int promptCount = prompts.count("");
        int suites = runs.suites().size();
        int runCount = runs.count(null);

        add(new H2("Start here"), new Paragraph("Promptsmith tries prompts on models and checks every answer "
                + "against test cases. Three steps get you going:"));
        add(step("start-models", "1. Add a model", saved > 0,
                count(saved, "model") + " saved; the built-in echo model answers with the prompt itself",
                "Add a local model (Ollama, LM Studio ...) or a hosted one with its key, and test the connection.",
                new RouterLink("Open Models", ModelsView.class)));
        add(step("start-prompts", "2. Try a prompt in the playground", promptCount > 0,
                count(promptCount, "prompt") + " in prompts/",
                "Pick a prompt, fill in its variables and compare the answers of several models side by side.",
                new RouterLink("Open the Playground", PlaygroundView.class)));
        add(step("start-suites", "3. Run a suite", runCount > 0,
                count(suites, "suite") + " in testcases/, " + count(runCount, "run") + " so far",
                "A suite is a prompt with test cases and checks: open one, choose models and run it, then see what "
                        + "failed and why.",
                new RouterLink("Open Suites", SuitesView.class), new RouterLink("Open Runs", RunsView.class)));
    }

    private static Div step(String id, String title, boolean done, String state, String what, Component... links) {
        Span status = new Span(state);
        status.addClassName("step-state");
        Div linkRow = new Div(links);
        linkRow.addClassName("step-links");
        Div step = new Div(new H3(title), status, new Paragraph(what), linkRow);
        step.setId(id);
        step.addClassNames("start-step", done ? "done" : "to-do");
        return step;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
