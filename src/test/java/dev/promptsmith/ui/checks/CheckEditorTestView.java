package dev.promptsmith.ui.checks;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page for browser tests only (it is not on the main class path): a new check's editor and an
 * existing check's, each with the check as it would be written and its problems below it.
 */
@Route("test/check-editor")
@PageTitle("Check editor (test)")
public class CheckEditorTestView extends Div {

    public CheckEditorTestView() {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("type", "contains");
        member.put("value", "total");
        add(hosted("new", Map.of()), hosted("existing", Map.of("type", "assert-set", "threshold", 0.5,
                "assert", List.of(member))));
    }

    private static Div hosted(String name, Map<String, ?> check) {
        CheckEditor editor = new CheckEditor(check);
        Pre written = new Pre();
        written.setId(name + "-written");
        Pre problems = new Pre();
        problems.setId(name + "-problems");
        Runnable show = () -> {
            written.setText(YamlText.write(editor.value()));
            problems.setText(String.join("\n", editor.problems()));
        };
        editor.addChangeListener(show);
        show.run();
        Div host = new Div(editor, written, problems);
        host.setId(name);
        return host;
    }
}
