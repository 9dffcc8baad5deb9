package dev.promptsmith.ui.playground;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.promptsmith.check.CaseVerdict;
import dev.promptsmith.check.CheckResult;

/**
 * The checks of the chosen test case on one answer: the case's verdict, one line naming the failed checks, then
 * each check with pass or fail and its reason, the failed ones first.
 */
public class CheckResultsPanel extends Div {

    public CheckResultsPanel(String testCase, CaseVerdict verdict) {
        addClassName("check-results");
        String status = verdict.error() != null ? "ERROR" : verdict.pass() ? "PASS" : "FAIL";
        Span head = new Span(status + " · score %.2f · %s".formatted(verdict.score(), testCase));
        head.addClassNames("case-verdict", status.toLowerCase(java.util.Locale.ROOT));
        add(head);
        if (verdict.error() != null) {
            // a check could not judge this answer at all (a model that gives no log probabilities, say)
            Div error = new Div(new Span(verdict.error()));
            error.addClassNames("case-error", "error-text");
            add(error);
        }
        if (!verdict.checks().isEmpty()) {
            Div summary = new Div(new Span(CheckSummary.line(verdict.checks())));
            summary.addClassName("check-summary");
            add(summary);
        }
        for (CheckResult result : CheckSummary.failedFirst(verdict.checks())) {
            Div row = new Div(new Span(result.pass() ? "✔ " : "✘ "), new Span(result.type() + ": "),
                    new Span(result.reason()));
            row.addClassNames("check-result", result.pass() ? "pass" : "fail");
            row.getElement().setAttribute("data-check", result.type());
            add(row);
        }
    }
}
