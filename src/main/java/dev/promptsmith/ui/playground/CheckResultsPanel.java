package dev.promptsmith.ui.playground;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.promptsmith.check.CaseVerdict;
import dev.promptsmith.check.CheckResult;

/** The checks of the chosen test case on one answer: each with pass or fail and its reason, and the case's verdict. */
public class CheckResultsPanel extends Div {

    public CheckResultsPanel(String testCase, CaseVerdict verdict) {
        addClassName("check-results");
        Span head = new Span((verdict.pass() ? "PASS" : "FAIL") + " · score %.2f · %s".formatted(verdict.score(), testCase));
        head.addClassNames("case-verdict", verdict.pass() ? "pass" : "fail");
        add(head);
        for (CheckResult result : verdict.checks()) {
            Div row = new Div(new Span(result.pass() ? "✔ " : "✘ "), new Span(result.type() + ": "),
                    new Span(result.reason()));
            row.addClassNames("check-result", result.pass() ? "pass" : "fail");
            row.getElement().setAttribute("data-check", result.type());
            add(row);
        }
    }
}
