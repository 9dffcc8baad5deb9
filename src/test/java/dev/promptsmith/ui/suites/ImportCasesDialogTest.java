package dev.promptsmith.ui.suites;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.dom.Element;
import dev.promptsmith.shared.InputLimits;
import dev.promptsmith.suite.CaseImport;
import dev.promptsmith.suite.CaseImport.Format;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The import dialog on the server: text in, a preview, and the cases handed on when "Add" is clicked. */
class ImportCasesDialogTest {

    private final List<List<Map<String, Object>>> added = new ArrayList<>();
    /** Held here: the current UI is only weakly referenced, and a collected one is no current UI. */
    private final UI ui = new UI();
    private ImportCasesDialog dialog;

    @BeforeEach
    void open() {
        UI.setCurrent(ui);
        dialog = new ImportCasesDialog(new CaseImport(InputLimits.DEFAULTS), InputLimits.DEFAULTS.maxFileSize(),
                added::add);
        dialog.open();
    }

    @AfterEach
    void leave() {
        UI.setCurrent(null);
    }

    @Test
    void pastedCsvIsPreviewedAndAddedAsTestEntries() {
        // when
        find("import-cases-text", TextArea.class).setValue("""
                city,__expected,__description
                Paris,contains:Paris,Capital
                Rome,icontains:rome,
                """);

        // then
        assertThat(find("import-cases-summary", Div.class).getText()).isEqualTo("2 cases");
        assertThat(rows()).containsExactly(new CaseSummary(2, "Capital", "city=Paris", "contains Paris"),
                new CaseSummary(3, "Row #2", "city=Rome", "icontains rome"));
        Button add = find("import-cases-add", Button.class);
        assertThat(add.getText()).isEqualTo("Add 2 cases");

        // when
        add.click();

        // then
        assertThat(added).singleElement().satisfies(cases -> assertThat(cases).containsExactly(
                Map.of("description", "Capital", "vars", Map.of("city", "Paris"),
                        "assert", List.of(Map.of("type", "contains", "value", "Paris"))),
                Map.of("description", "Row #2", "vars", Map.of("city", "Rome"),
                        "assert", List.of(Map.of("type", "icontains", "value", "rome")))));
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void withProblemsNothingIsAddedUntilThePersonChoosesToAddTheCasesWithoutProblems() {
        // given
        find("import-cases-text", TextArea.class).setValue("""
                {"vars": {"city": "Paris"}, "assert": [{"type": "contains", "value": "Paris"}]}
                "not a test"
                {"vars": {"city": "Rome"}, "options": {"runSerially": true}}
                """);
        Button add = find("import-cases-add", Button.class);

        // when
        add.click();

        // then
        assertThat(find("import-cases-format", RadioButtonGroup.class).getValue()).isEqualTo(Format.JSON_LINES);
        assertThat(find("import-cases-summary", Div.class).getText()).isEqualTo("2 cases, 1 problem");
        assertThat(texts(find("import-cases-problems", Component.class).getElement()))
                .containsExactly("line 2: each line of a JSON Lines file of tests is one test (an object)");
        assertThat(texts(find("import-cases-warnings", Component.class).getElement())).singleElement().asString()
                .startsWith("line 3: 'runSerially' in a test's options is not supported by Promptsmith yet and is ignored");
        assertThat(add.isEnabled()).isFalse();
        assertThat(added).isEmpty();
        assertThat(dialog.isOpened()).isTrue();

        // when
        find("import-cases-without-problems", Checkbox.class).setValue(true);
        add.click();

        // then
        assertThat(added).singleElement().satisfies(cases -> assertThat(cases).containsExactly(
                Map.of("vars", Map.of("city", "Paris"), "assert", List.of(Map.of("type", "contains", "value", "Paris"))),
                Map.of("vars", Map.of("city", "Rome"), "options", Map.of("runSerially", true))));
    }

    @Test
    void anUploadedFileIsReadAsItsNameSaysAndATextThatIsNotUtf8IsAProblem() {
        // when
        dialog.uploaded("cases.csv", "city\nZ\u00fcrich\n".getBytes(StandardCharsets.ISO_8859_1));

        // then
        assertThat(texts(find("import-cases-problems", Component.class).getElement())).singleElement()
                .asString().startsWith("line 2: the file is not UTF-8 text");
        assertThat(find("import-cases-add", Button.class).isEnabled()).isFalse();

        // when
        dialog.uploaded("cases.jsonl", "{\"vars\": {\"city\": \"Z\u00fcrich\"}}\n".getBytes(StandardCharsets.UTF_8));

        // then
        assertThat(find("import-cases-format", RadioButtonGroup.class).getValue()).isEqualTo(Format.JSON_LINES);
        assertThat(rows()).containsExactly(new CaseSummary(1, "", "city=Z\u00fcrich", ""));
        assertThat(find("import-cases-add", Button.class).getText()).isEqualTo("Add 1 case");
    }

    @SuppressWarnings("unchecked")
    private List<CaseSummary> rows() {
        Grid<CaseSummary> grid = find("import-cases-preview", Grid.class);
        return grid.getDataProvider().fetch(new Query<>()).toList();
    }

    private static List<String> texts(Element element) {
        return element.getChildren().map(Element::getTextRecursively).toList();
    }

    private <T extends Component> T find(String id, Class<T> type) {
        return find(dialog.getElement(), id).or(() -> find(dialog.getFooter().getElement(), id))
                .flatMap(Element::getComponent).map(type::cast)
                .orElseThrow(() -> new AssertionError("no #" + id + " in the dialog"));
    }

    private static Optional<Element> find(Element element, String id) {
        if (id.equals(element.getAttribute("id"))) {
            return Optional.of(element);
        }
        return element.getChildren()
                .map(child -> find(child, id)).flatMap(Optional::stream).findFirst();
    }
}
