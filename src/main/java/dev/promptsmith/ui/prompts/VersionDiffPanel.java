package dev.promptsmith.ui.prompts;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import dev.promptsmith.prompt.PromptDiff;
import dev.promptsmith.prompt.PromptVersion;
import dev.promptsmith.prompt.PromptVersions;
import dev.promptsmith.shared.InvalidFileException;
import java.util.List;

/** What changed between any two versions of a prompt, word by word. */
class VersionDiffPanel extends Div {

    private final Select<PromptVersion> from = new Select<>();
    private final Select<PromptVersion> to = new Select<>();
    private final Div result = new Div();
    private final String promptName;
    private final PromptVersions versions;

    VersionDiffPanel(String promptName, List<PromptVersion> all, PromptVersions versions) {
        this.promptName = promptName;
        this.versions = versions;
        setId("diff-panel");
        from.setId("diff-from");
        from.setLabel("From");
        to.setId("diff-to");
        to.setLabel("To");
        for (Select<PromptVersion> select : List.of(from, to)) {
            select.setItems(all);
            select.setItemLabelGenerator(v -> "v" + v.number());
            select.setWidth("7rem");
            select.addValueChangeListener(change -> show());
        }
        result.setId("diff");
        result.addClassName("prompt-diff");
        Div row = new Div(from, to);
        row.addClassName("form-row");
        add(row, result);
        if (all.size() > 1) {
            to.setValue(all.getFirst());
            from.setValue(all.get(1));
        }
    }

    private void show() {
        result.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        PromptDiff diff;
        try {
            diff = versions.diff(promptName, from.getValue(), to.getValue());
        } catch (InvalidFileException e) {
            result.add(new Span("These versions cannot be compared: " + e.getMessage()));
            return;
        }
        if (diff.empty()) {
            result.add(new Span("v" + from.getValue().number() + " and v" + to.getValue().number() + " are the same."));
        }
        PromptDiffView.sections(diff).forEach(result::add);
    }
}
