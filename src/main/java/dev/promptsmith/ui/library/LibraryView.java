package dev.promptsmith.ui.library;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.promptsmith.library.TaskCopy;
import dev.promptsmith.library.TaskLibrary;
import dev.promptsmith.ui.MainLayout;

/** The task library: one card per task, in the order of the library's index. */
@Route(value = "library", layout = MainLayout.class)
@PageTitle("Library · Promptsmith")
public class LibraryView extends VerticalLayout implements BeforeEnterObserver {

    private final TaskLibrary library;
    private final TaskCopy copies;

    public LibraryView(TaskLibrary library, TaskCopy copies) {
        this.library = library;
        this.copies = copies;
        addClassName("library-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        H2 heading = new H2("Library");
        heading.setId("library-title");
        Paragraph intro = new Paragraph("Tasks that ship with Promptsmith, each a prompt with a suite of at least ten "
                + "typical, edge and adversarial cases. Run one to see how your models do, optimize its prompt, or "
                + "copy it to make it your own.");
        Div cards = new Div();
        cards.setId("library-tasks");
        cards.addClassName("library-tasks");
        library.entries().forEach(entry -> cards.add(new TaskCard(entry, library, copies)));
        add(heading, intro, cards);
    }
}
