package dev.promptsmith.ui.runs;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import dev.promptsmith.check.CaseVerdict;
import dev.promptsmith.check.json.OutputJson;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.ui.ModelLinks;
import dev.promptsmith.run.store.StoredResult;
import dev.promptsmith.ui.playground.CheckResultsPanel;
import dev.promptsmith.ui.playground.JsonOutcomePanel;
import java.util.List;

/**
 * The repeats of one test case on one model: output (and the model's answer when a transform changed it), checks
 * with reasons, JSON outcome, error, numbers, raw exchange.
 */
class CellDialog extends Dialog {

    /** @param model the cell's model, for the way out of errors that need its settings (a key for its URL) */
    CellDialog(String title, List<StoredResult> repeats, ModelTarget model) {
        setId("cell-dialog");
        setHeaderTitle(title);
        setWidth("min(70rem, 95vw)");
        setMaxHeight("90vh");
        setResizable(true);
        Div body = new Div();
        body.addClassName("cell-repeats");
        if (repeats.isEmpty()) {
            body.add(new Span("No result yet."));
        }
        for (StoredResult result : repeats) {
            body.add(repeat(result, repeats.size(), model));
        }
        add(body);
        Button close = new Button("Close", click -> close());
        close.setId("cell-dialog-close");
        getFooter().add(close);
    }

    private static Div repeat(StoredResult result, int of, ModelTarget model) {
        Div box = new Div();
        box.addClassName("cell-repeat");
        String verdict = result.error() != null ? "ERROR" : result.passed() ? "PASS" : "FAIL";
        box.getElement().setAttribute("data-status", verdict.toLowerCase(java.util.Locale.ROOT));
        Span head = new Span("Repeat " + (result.repeat() + 1) + " of " + of + " · " + verdict);
        head.addClassNames("repeat-head", result.error() != null ? "error" : result.passed() ? "pass" : "fail");
        Span numbers = new Span(numbers(result));
        numbers.addClassName("repeat-numbers");
        box.add(head, numbers);
        if (result.error() != null) {
            Div error = new Div(new Span((result.errorKind() == null ? "" : result.errorKind() + ": ") + result.error()));
            error.addClassNames("repeat-error", "error-text");
            if (model != null && result.error().contains("no API key for")) {
                Anchor enterKey = new Anchor(ModelLinks.enterKey(model), "Enter a key for " + model.keyDestination().url());
                enterKey.addClassName("enter-key-link");
                enterKey.setRouterIgnore(true); // a page of its own: the dialog does not follow to the Models screen
                error.add(new Span(" "), enterKey);
            }
            box.add(error);
        }
        if (result.output() != null) {
            Pre output = new Pre(result.output());
            output.addClassNames("answer-text", "repeat-output");
            if (result.answer() == null) {
                box.add(output);
            } else {
                // a transform made the output: what the model sent is shown too, and the JSON outcome is of it
                Pre answer = new Pre(result.answer());
                answer.addClassNames("answer-text", "repeat-answer");
                box.add(caption("Output (transformed)"), output, caption("Model's answer"), answer);
            }
            // the outcome worked out when the result was made; results stored before outcomes were have none
            if (result.json() != null && (result.jsonCounted() || result.json().shape() != OutputJson.Shape.NOT_JSON)) {
                box.add(new JsonOutcomePanel(result.modelAnswer(), result.json()));
            }
        }
        if (!result.checks().isEmpty()) {
            box.add(new CheckResultsPanel(result.label(),
                    new CaseVerdict(result.passed(), result.score(), result.checks())));
        }
        box.add(raw("Raw request", "raw-request", result.rawRequest()),
                raw("Raw response", "raw-response", result.rawResponse()));
        return box;
    }

    private static Span caption(String text) {
        Span caption = new Span(text);
        caption.addClassName("repeat-caption");
        return caption;
    }

    private static String numbers(StoredResult result) {
        StringBuilder text = new StringBuilder(" · ");
        text.append(result.attempts()).append(result.attempts() == 1 ? " attempt" : " attempts");
        if (result.cached()) {
            text.append(" · cached");
        }
        text.append(" · ").append(result.latencyMs()).append(" ms");
        if (result.tokensIn() != null) {
            text.append(" · ").append(result.tokensIn()).append(" in / ").append(result.tokensOut()).append(" out tokens");
        }
        text.append(" · ").append(result.costUsd() == null ? "price unknown" : RunFormats.cost(result.costUsd()));
        if (result.finishReason() != null) {
            text.append(" · finish: ").append(result.finishReason().toLowerCase(java.util.Locale.ROOT));
        }
        text.append(" · score ").append("%.2f".formatted(result.score()));
        return text.toString();
    }

    private static Details raw(String summary, String className, String text) {
        Pre pre = new Pre(text == null || text.isEmpty() ? "(nothing was sent or received)" : text);
        pre.addClassNames("answer-text", className);
        Details details = new Details(summary, pre);
        details.addClassName(className + "-details");
        return details;
    }
}
