package dev.promptsmith.ui.playground;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import dev.promptsmith.check.CaseVerdict;
import dev.promptsmith.check.json.CutOff;
import dev.promptsmith.check.json.JsonOfOutput;
import dev.promptsmith.check.json.RepairResult;
import dev.promptsmith.model.Continuation;
import dev.promptsmith.model.FinishReason;
import dev.promptsmith.model.ModelException;
import dev.promptsmith.model.ModelResponse;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.RawExchange;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One model's answer in the playground: the text as it streams in, then the numbers (finish
 * reason, tokens, latency, time to first token, cost), a flag when it was cut off, and views
 * as text, JSON or Markdown. A model's output is only ever shown as text or through the
 * sanitising Markdown component, never as HTML of ours.
 */
class AnswerColumn extends Div {

    private final UI ui;
    private final AnswerActions actions;
    private final Pre streaming = new Pre();
    private final Div body = new Div(streaming);
    private final Div stats = new Div();
    private final StringBuffer pending = new StringBuffer();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private final StringBuilder received = new StringBuilder();

    AnswerColumn(UI ui, ModelTarget target, String promptTokens, AnswerActions actions) {
        this.ui = ui;
        this.actions = actions;
        addClassName("answer");
        getElement().setAttribute("data-model", target.name());
        H4 title = new H4(target.name());
        Span id = new Span(target.providerId());
        id.addClassName("prompt-key");
        streaming.addClassNames("answer-text", "streaming");
        body.addClassName("answer-body");
        stats.addClassName("answer-stats");
        stats.setText("prompt: " + promptTokens + " · waiting for the first token…");
        add(title, id, body, stats);
    }

    /** Called from the model's thread: tokens are gathered and pushed to the browser in batches. */
    void token(String token) {
        pending.append(token);
        if (flushScheduled.compareAndSet(false, true)) {
            ui.access(() -> {
                flushScheduled.set(false);
                String chunk;
                synchronized (pending) {
                    chunk = pending.toString();
                    pending.setLength(0);
                }
                if (!chunk.isEmpty()) {
                    received.append(chunk);
                    streaming.add(new Text(chunk));
                    stats.setText("streaming… " + received.length() + " characters");
                }
            });
        }
    }

    /** Called from the model's thread: the JSON outcome and the checks are worked out here, then shown. */
    void complete(ModelResponse response) {
        JsonOfOutput json = new JsonOfOutput(response.text(), response.finishReason());
        json.outcome(); // worked out here, on the model's thread, once for the checks and the panel
        Optional<CaseVerdict> verdict = checks(response.text(), response, response.finishReason(), json);
        ui.access(() -> {
            show(response, response.text(), json, response.finishReason(), verdict, null);
            stats.removeAll();
            stats.add(stat("finish", response.finishReason().name().toLowerCase(java.util.Locale.ROOT)),
                    stat("tokens in/out", (response.tokensEstimated() ? "~" : "") + response.tokensIn() + " / "
                            + response.tokensOut()),
                    stat("latency", millis(response.latency())),
                    stat("first token", response.timeToFirstToken() == null ? "–" : millis(response.timeToFirstToken())),
                    stat("cost", cost(response.costUsd())));
            addRaw(response.exchange());
        });
    }

    private Optional<CaseVerdict> checks(String text, ModelResponse response, FinishReason finishReason,
                                         JsonOfOutput json) {
        try {
            return actions.check(text, response, finishReason, json);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private void show(ModelResponse response, String text, JsonOfOutput jsonOfText, FinishReason finishReason,
                      Optional<CaseVerdict> verdict, String continued) {
        body.removeAll();
        Optional<String> pretty = OutputViews.prettyJson(text);
        Pre plain = new Pre(text);
        plain.addClassNames("answer-text", "answer-final");
        Tabs views = new Tabs(new Tab("Text"), new Tab("JSON"), new Tab("Markdown"));
        views.addClassName("answer-views");
        Div shown = new Div();
        views.addSelectedChangeListener(change -> {
            shown.removeAll();
            switch (views.getSelectedIndex()) {
                case 1 -> shown.add(pretty.<com.vaadin.flow.component.Component>map(formatted -> {
                    Pre pre = new Pre(formatted);
                    pre.addClassNames("answer-text", "answer-json");
                    return pre;
                }).orElseGet(() -> new Span("The answer is not valid JSON as it is.")));
                case 2 -> {
                    Markdown markdown = new Markdown(text);
                    markdown.addClassName("answer-markdown");
                    shown.add(markdown);
                }
                default -> shown.add(plain);
            }
        });
        views.setSelectedIndex(pretty.isPresent() ? 1 : 0);
        if (pretty.isEmpty()) {
            shown.add(plain);
        }
        if (jsonOfText.cutOff()) {
            Span flag = new Span(CutOff.atTokenLimit(finishReason)
                    ? "TRUNCATED: the answer hit the token limit (finish reason: length)"
                    : "TRUNCATED: the answer's JSON ends in the middle of a value");
            flag.addClassName("truncated-flag");
            Button carryOn = new Button("Continue", click -> carryOn(response, (Button) click.getSource()));
            carryOn.addClassName("continue-button");
            carryOn.addThemeVariants(ButtonVariant.LUMO_SMALL);
            body.add(new Div(flag, carryOn));
        }
        body.add(views, shown);
        RepairResult json = jsonOfText.repair();
        if (looksLikeJson(text) || json.structured() && (text.indexOf('{') >= 0 || text.indexOf('[') >= 0)) {
            body.add(new JsonOutcomePanel(text, json, continued));
        }
        verdict.ifPresent(v -> body.add(new CheckResultsPanel(actions.testCase().orElse(""), v)));
    }

    private void carryOn(ModelResponse response, Button button) {
        button.setEnabled(false);
        button.setText("Continuing…");
        Thread.startVirtualThread(() -> {
            try {
                Continuation.Continued continued = actions.carryOn(response);
                JsonOfOutput json = new JsonOfOutput(continued.text(), continued.finishReason());
                json.outcome();
                Optional<CaseVerdict> verdict = checks(continued.text(), response, continued.finishReason(), json);
                ui.access(() -> show(response, continued.text(), json, continued.finishReason(), verdict,
                        "CONTINUED (" + continued.rounds() + (continued.rounds() == 1 ? " call)" : " calls)")));
            } catch (RuntimeException e) {
                fail(e);
            }
        });
    }

    private static boolean looksLikeJson(String text) {
        String start = text.stripLeading();
        return start.startsWith("{") || start.startsWith("[") || start.startsWith("```json");
    }

    void fail(Throwable failure) {
        ui.access(() -> {
            Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            String message = cause instanceof ModelException ? cause.getMessage() : "failed: " + cause.getMessage();
            Div error = new Div(new Span(message));
            error.addClassNames("answer-error", "error-text");
            body.add(error);
            stats.setText(received.isEmpty() ? "no answer" : "stopped after " + received.length() + " characters");
        });
    }

    private void addRaw(RawExchange exchange) {
        if (exchange.request().isEmpty()) {
            return;
        }
        Button raw = new Button("Raw request and response", click -> {
            Pre request = new Pre(exchange.request());
            request.setId("raw-request");
            Pre response = new Pre(exchange.response());
            response.setId("raw-response");
            request.addClassName("raw-text");
            response.addClassName("raw-text");
            Dialog dialog = new Dialog(new H4("Request"), request, new H4("Response"), response);
            dialog.setHeaderTitle("Raw exchange (keys redacted)");
            dialog.getFooter().add(new Button("Close", close -> dialog.close()));
            dialog.setWidth("80vw");
            dialog.open();
        });
        raw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        raw.addClassName("raw-button");
        stats.add(raw);
    }

    private static Span stat(String label, String value) {
        Span span = new Span(label + ": " + value);
        span.addClassName("stat");
        span.getElement().setAttribute("data-stat", label);
        return span;
    }

    private static String millis(Duration duration) {
        return duration.toMillis() + " ms";
    }

    private static String cost(BigDecimal usd) {
        return usd == null ? "price unknown" : "$" + usd.stripTrailingZeros().toPlainString();
    }
}
