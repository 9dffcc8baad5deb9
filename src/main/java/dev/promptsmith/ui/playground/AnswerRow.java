package dev.promptsmith.ui.playground;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import dev.promptsmith.model.ModelRequest;
import dev.promptsmith.prompt.RenderedMessage;
import java.util.List;

/**
 * One prompt version's answers, one column per model; with several versions side by side, each has a row headed by
 * its name.
 */
class AnswerRow extends Div {

    /** A version's messages as they are sent; {@code label} is null when only one version runs. */
    record Messages(String label, String version, List<RenderedMessage> rendered, ModelRequest request) {
    }

    private final Div columns = new Div();

    AnswerRow(Messages messages) {
        addClassName("answer-row");
        columns.addClassName("answers");
        if (messages.label() != null) {
            H3 heading = new H3(messages.label());
            heading.addClassName("answer-row-label");
            add(heading);
            getElement().setAttribute("data-version", messages.version());
        }
        add(columns);
    }

    void add(AnswerColumn column) {
        columns.add(column);
    }
}
