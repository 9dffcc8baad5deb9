package dev.promptsmith.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.promptsmith.exchange.ImportReport;
import dev.promptsmith.shared.FileProblem;
import java.util.List;

/** Tells which files of the workspace were not imported (file:line: message), and what was only partly supported. */
class ImportProblemsBanner extends Div {

    ImportProblemsBanner() {
        setId("import-problems");
        addClassName("import-banner");
        setVisible(false);
    }

    void show(ImportReport report) {
        removeAll();
        setVisible(!report.clean());
        if (report.clean()) {
            return;
        }
        if (!report.errors().isEmpty()) {
            long files = report.errors().stream().map(FileProblem::file).distinct().count();
            Span heading = new Span(files == 1 ? "1 file was not imported:" : files + " files were not imported:");
            heading.addClassName("import-banner-heading");
            add(heading, list(report.errors(), "import-error"));
        }
        if (!report.warnings().isEmpty()) {
            Details warnings = new Details(report.warnings().size() + " import warnings",
                    list(report.warnings(), "import-warning"));
            warnings.setId("import-warnings");
            add(warnings);
        }
        if (report.errors().isEmpty()) {
            addClassName("warnings-only");
        } else {
            removeClassName("warnings-only");
        }
    }

    private static UnorderedList list(List<FileProblem> problems, String className) {
        UnorderedList list = new UnorderedList();
        for (FileProblem problem : problems) {
            ListItem item = new ListItem(problem.toString());
            item.addClassName(className);
            list.add(item);
        }
        return list;
    }
}
