package dev.promptsmith.ui.suites;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.promptsmith.shared.Json;

/**
 * A page for browser tests only (it is not on the main class path): a button that opens the
 * import dialog, and below it the test entries the dialog handed back, one JSON line each.
 */
@Route("test/import-cases")
@PageTitle("Import cases (test)")
public class ImportCasesTestView extends Div {

    public ImportCasesTestView() {
        Pre added = new Pre();
        added.setId("added");
        Button open = new Button("Import cases", click -> new ImportCasesDialog(cases -> added.setText(
                String.join("\n", cases.stream().map(Json::write).toList()))).open());
        open.setId("open-import");
        add(open, added);
    }
}
