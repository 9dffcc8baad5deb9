package dev.promptsmith.ui.library;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import dev.promptsmith.library.LibraryTask;
import dev.promptsmith.library.ModelPassRate;
import dev.promptsmith.library.TaskCopy;
import dev.promptsmith.library.TaskEntry;
import dev.promptsmith.library.TaskLibrary;
import dev.promptsmith.ui.prompts.NewPromptDialog;
import dev.promptsmith.ui.suites.SuiteView;
import java.util.Locale;
import java.util.Map;

/** One task: what it does, how many cases, its latest pass rate per model, and Run, Optimize and Copy to edit. */
class TaskCard extends Div {


    TaskCard(TaskEntry entry, TaskLibrary library, TaskCopy copies) {
        LibraryTask task = entry.task();
        addClassName("library-task");
        getElement().setAttribute("data-task", task.name());
        Span category = new Span(task.category());
        category.addClassName("library-category");
        H3 title = new H3(task.title());
        title.addClassName("library-task-title");
        Paragraph description = new Paragraph(task.description());
        description.addClassName("library-description");
        add(category, title, description, sources(entry), results(entry), actions(entry, library, copies));
    }

    private static Div sources(TaskEntry entry) {
        LibraryTask task = entry.task();
        Div sources = new Div();
        sources.addClassName("library-sources");
        if (!entry.complete()) {
            Span missing = new Span("Missing from the workspace: " + String.join(", ", entry.missing()));
            missing.addClassName("library-missing");
            missing.addClassName("error-text");
            sources.add(missing);
            return sources;
        }
        Span cases = new Span(entry.cases() + (entry.cases() == 1 ? " case" : " cases"));
        cases.addClassName("library-cases");
        sources.add(cases, new Span(" · prompt "), new Anchor("prompts/" + task.prompt(), task.prompt()),
                new Span(" · suite "), new Anchor("suites/" + task.suite(), task.suite()));
        return sources;
    }

    private static Div results(TaskEntry entry) {
        Div results = new Div();
        results.addClassName("library-results");
        if (entry.latest().isEmpty()) {
            Span none = new Span("Not run yet");
            none.addClassName("library-not-run");
            results.add(none);
            return results;
        }
        for (ModelPassRate rate : entry.latest()) {
            Anchor line = new Anchor("runs/" + rate.runId(), rate.model() + ": " + percent(rate.rate()) + " ("
                    + rate.passed() + "/" + rate.cells() + ")");
            line.addClassName("library-result");
            line.getElement().setAttribute("data-model", rate.model());
            results.add(line);
        }
        return results;
    }

    private Div actions(TaskEntry entry, TaskLibrary library, TaskCopy copies) {
        LibraryTask task = entry.task();
        // the suite's page asks which models, with the run's estimate, before anything is spent
        Button run = new Button("Run…", click -> getUI().ifPresent(ui -> ui.navigate(SuiteView.class,
                new RouteParameters("name", task.suite()))));
        run.addClassName("task-run");
        run.setTooltipText("Opens the suite to choose the models, see the estimate and run it");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button optimize = new Button("Optimize", click -> getUI().ifPresent(ui -> ui.navigate("optimize",
                QueryParameters.simple(Map.of("prompt", task.prompt(), "suite", task.suite())))));
        optimize.addClassName("task-optimize");
        Button copy = new Button("Copy to edit", click -> new NewPromptDialog("Copy " + task.title() + " to edit",
                TaskCopy.suggestedName(task), task.title() + " (copy)",
                (name, title) -> copies.copy(task, name, title)).open());
        copy.addClassName("task-copy");
        run.setEnabled(entry.complete());
        optimize.setEnabled(entry.complete());
        copy.setEnabled(entry.complete());
        Div actions = new Div(run, optimize, copy);
        actions.addClassName("library-actions");
        return actions;
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.0f%%", rate * 100);
    }
}
