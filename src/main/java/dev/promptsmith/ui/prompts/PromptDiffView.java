package dev.promptsmith.ui.prompts;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import dev.promptsmith.prompt.PromptDiff;
import java.util.List;

/** A prompt diff as the screens show it: one box per changed part, removed words struck, added words marked. */
public final class PromptDiffView {

    private PromptDiffView() {
    }

    public static List<Div> sections(PromptDiff diff) {
        return diff.sections().stream().map(PromptDiffView::section).toList();
    }

    private static Div section(PromptDiff.Section section) {
        Div text = new Div();
        text.addClassName("diff-text");
        for (PromptDiff.Segment segment : section.segments()) {
            Span span = new Span(segment.text());
            switch (segment.change()) {
                case ADDED -> span.addClassName("diff-added");
                case REMOVED -> span.addClassName("diff-removed");
                case SAME -> { }
            }
            text.add(span);
        }
        Div box = new Div(new H4(section.title()), text);
        box.addClassName("diff-section");
        return box;
    }
}
