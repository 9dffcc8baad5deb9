package dev.promptsmith.ui.runs;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import dev.promptsmith.check.CheckResult;
import dev.promptsmith.run.store.StoredResult;
import java.util.List;

/** One case's outputs in two runs side by side, each repeat with its verdict and the reason of its first failed check. */
class CaseOutputsDialog extends Dialog {

    CaseOutputsDialog(String title, String before, List<StoredResult> was, String after, List<StoredResult> now) {
        setId("case-outputs-dialog");
        setHeaderTitle(title);
        setWidth("min(90rem, 95vw)");
        setMaxHeight("90vh");
        setResizable(true);
        Div sides = new Div(side("outputs-before", before, was), side("outputs-after", after, now));
        sides.addClassName("case-outputs");
        add(sides);
        Button close = new Button("Close", click -> close());
        close.setId("case-outputs-close");
        getFooter().add(close);
    }

    private static Div side(String id, String title, List<StoredResult> results) {
        Div side = new Div(new H4(title));
        side.setId(id);
        side.addClassName("case-outputs-side");
        if (results.isEmpty()) {
            side.add(new Span("No stored result for this case."));
        }
        for (StoredResult result : results) {
            String verdict = result.error() != null ? "ERROR" : result.passed() ? "PASS" : "FAIL";
            Span head = new Span("Repeat " + (result.repeat() + 1) + " · " + verdict);
            head.addClassNames("repeat-head", verdict.toLowerCase(java.util.Locale.ROOT));
            side.add(head);
            Pre output = new Pre(result.output() == null ? "" : result.output());
            output.addClassNames("answer-text", "repeat-output");
            side.add(output);
            String why = result.error() != null ? result.error() : result.checks().stream().filter(c -> !c.pass())
                    .map(CheckResult::reason).findFirst().orElse(null);
            if (why != null) {
                Span reason = new Span(why);
                reason.addClassName("repeat-reason");
                side.add(reason);
            }
        }
        return side;
    }
}
