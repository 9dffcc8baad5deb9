package dev.promptsmith.ui.checks;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import dev.promptsmith.check.form.CheckForm;

/** What a check type does and an example of it, under the type picker. */
final class TypeHelp extends Composite<Div> {

    private final Paragraph description = new Paragraph();
    private final Pre example = new Pre();

    TypeHelp() {
        getContent().setId("check-type-help");
        getContent().addClassName("check-type-help");
        description.setId("check-type-description");
        example.setId("check-type-example");
        getContent().add(description, new Span("Example:"), example);
        show(null);
    }

    void show(CheckForm form) {
        getContent().setVisible(form != null);
        description.setText(form == null ? "" : form.description());
        example.setText(form == null ? "" : YamlText.write(form.example()));
    }
}
