package dev.promptsmith.ui.suites;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import dev.promptsmith.shared.FileProblem;
import dev.promptsmith.shared.InputLimits;
import dev.promptsmith.suite.CaseImport;
import dev.promptsmith.suite.CaseImport.Case;
import dev.promptsmith.suite.CaseImport.Format;
import dev.promptsmith.suite.CaseImport.Result;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Brings test cases in from a CSV or JSON Lines file, uploaded or pasted, as promptfoo reads such
 * a file ({@code __expected} columns and all): a preview of the cases and of every problem at its
 * line, then "Add N cases" hands the suite's new {@code tests:} entries to whoever opened it.
 * With problems nothing is added unless the person chooses to add the cases without problems.
 */
class ImportCasesDialog extends Dialog {

    static final int PREVIEW_ROWS = 20;
    static final int PROBLEMS_SHOWN = 50;
    private static final String PASTED = "pasted text";

    private final CaseImport importer;
    private final Consumer<List<Map<String, Object>>> add;
    private final TextArea text = new TextArea("Or paste CSV or JSON Lines");
    private final RadioButtonGroup<Format> format = new RadioButtonGroup<>("Read as");
    private final Div summary = new Div();
    private final Grid<CaseSummary> preview = new Grid<>();
    private final Div problems = new Div();
    private final Div warnings = new Div();
    private final Checkbox withoutProblems = new Checkbox();
    private final Button addButton = new Button();
    private final Upload upload;
    private String uploadedName;
    private byte[] uploaded;
    private Result result = new Result(List.of(), List.of(), List.of());

    ImportCasesDialog(Consumer<List<Map<String, Object>>> add) {
        this(InputLimits.configured(), add);
    }

    private ImportCasesDialog(InputLimits limits, Consumer<List<Map<String, Object>>> add) {
        this(new CaseImport(limits), limits.maxFileSize(), add);
    }

    /**
     * @param maxBytes the largest upload received ({@code promptsmith.max-file-size})
     * @param add      takes the cases to add, as entries of a suite's {@code tests:} list
     */
    ImportCasesDialog(CaseImport importer, long maxBytes, Consumer<List<Map<String, Object>>> add) {
        this.importer = importer;
        this.add = add;
        setHeaderTitle("Import test cases");
        setId("import-cases-dialog");
        setWidth("60rem");
        upload = upload(maxBytes);
        add(upload, text, format, summary, preview, problems, warnings, withoutProblems);

        text.setId("import-cases-text");
        text.setWidthFull();
        text.setMaxHeight("12rem");
        text.setMaxLength((int) Math.min(maxBytes, Integer.MAX_VALUE));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setHelperText("CSV: a header line (variables, __expected, __description ...), then a row per case. "
                + "JSON Lines: one test object per line.");
        text.addValueChangeListener(event -> {
            if (event.isFromClient() || !event.getValue().isEmpty()) {
                uploaded = null;
                upload.clearFileList();
                format.setValue(Format.guess(event.getValue()));
                read();
            }
        });
        format.setId("import-cases-format");
        format.setItems(Format.values());
        format.setItemLabelGenerator(f -> f == Format.CSV ? "CSV" : "JSON Lines");
        format.setValue(Format.CSV);
        format.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                read();
            }
        });
        summary.setId("import-cases-summary");
        preview.setId("import-cases-preview");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        preview.setAllRowsVisible(true);
        preview.addColumn(CaseSummary::line).setHeader("Line").setFlexGrow(0).setWidth("5rem");
        preview.addColumn(CaseSummary::description).setHeader("Description");
        preview.addColumn(CaseSummary::vars).setHeader("Variables");
        preview.addColumn(CaseSummary::checks).setHeader("Checks");
        problems.setId("import-cases-problems");
        problems.addClassName("error-text");
        warnings.setId("import-cases-warnings");
        withoutProblems.setId("import-cases-without-problems");
        withoutProblems.addValueChangeListener(event -> showAddButton());
        addButton.setId("import-cases-add");
        addButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addButton.addClickListener(click -> addCases());
        getFooter().add(new Button("Cancel", click -> close()), addButton);
        show();
    }

    private Upload upload(long maxBytes) {
        InMemoryUploadHandler handler = new InMemoryUploadHandler((metadata, bytes) ->
                uploaded(metadata.fileName(), bytes)) {
            @Override
            public long getFileSizeMax() {
                return maxBytes; // the server refuses a larger file too, not only the browser
            }
        };
        Upload upload = new Upload(handler);
        upload.setId("import-cases-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(maxBytes, Integer.MAX_VALUE));
        upload.setAcceptedFileTypes(".csv", ".jsonl", "text/csv");
        upload.setDropLabel(new Span("A .csv or .jsonl file of test cases"));
        upload.addFileRejectedListener(event -> {
            uploaded = null;
            result = new Result(List.of(), List.of(new FileProblem(event.getFileName(), 0, event.getErrorMessage())),
                    List.of());
            show();
        });
        upload.addFileRemovedListener(event -> {
            uploaded = null;
            read();
        });
        return upload;
    }

    /** A file received: read as its name says, or as its text looks. */
    void uploaded(String fileName, byte[] bytes) {
        uploadedName = fileName;
        uploaded = bytes;
        text.clear();
        format.setValue(Format.ofFileName(fileName).orElse(Format.CSV));
        read();
    }

    private void read() {
        if (uploaded != null) {
            result = importer.read(uploadedName, uploaded, format.getValue());
        } else if (text.getValue().isBlank()) {
            result = new Result(List.of(), List.of(), List.of());
        } else {
            result = importer.read(PASTED, text.getValue(), format.getValue());
        }
        withoutProblems.setValue(false);
        show();
    }

    private void show() {
        int count = result.cases().size();
        int good = result.good().size();
        summary.setText(count == 0 && result.problems().isEmpty() ? "Upload a file or paste its text."
                : count + (count == 1 ? " case" : " cases") + (result.problems().isEmpty() ? ""
                : ", " + result.problems().size() + (result.problems().size() == 1 ? " problem" : " problems")));
        preview.setItems(result.cases().stream().limit(PREVIEW_ROWS).map(CaseSummary::of).toList());
        preview.setVisible(count > 0);
        problems.removeAll();
        result.problems().stream().limit(PROBLEMS_SHOWN).forEach(p -> problems.add(new Div(problem(p))));
        if (result.problems().size() > PROBLEMS_SHOWN) {
            problems.add(new Div("and " + (result.problems().size() - PROBLEMS_SHOWN) + " more"));
        }
        warnings.removeAll();
        result.warnings().stream().limit(PROBLEMS_SHOWN).forEach(w -> warnings.add(new Div(problem(w))));
        problems.setVisible(!result.problems().isEmpty());
        warnings.setVisible(!result.warnings().isEmpty());
        withoutProblems.setLabel("Leave out the lines with problems and add the " + good + (good == 1 ? " case" : " cases")
                + " without");
        withoutProblems.setVisible(!result.problems().isEmpty() && good > 0);
        showAddButton();
    }

    private static String problem(FileProblem problem) {
        return (problem.line() == 0 ? "" : "line " + problem.line() + ": ") + problem.message();
    }

    private List<Case> toAdd() {
        if (result.problems().isEmpty()) {
            return result.cases();
        }
        return withoutProblems.getValue() ? result.good() : List.of();
    }

    private void showAddButton() {
        int count = toAdd().size();
        addButton.setText("Add " + count + (count == 1 ? " case" : " cases"));
        addButton.setEnabled(count > 0);
    }

    private void addCases() {
        List<Case> cases = toAdd();
        if (cases.isEmpty()) {
            return;
        }
        add.accept(cases.stream().map(Case::test).toList());
        close();
    }
}
