package dev.promptsmith.ui.editor;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.PriceTable;
import dev.promptsmith.model.TokenCounter;
import dev.promptsmith.prompt.DraftCheck;
import dev.promptsmith.prompt.RenderedMessage;
import java.math.BigDecimal;
import java.util.List;

/**
 * The draft rendered with its sample values, its variables, and for each chosen model its token
 * count and what a call would cost: the input at the model's price, and the output at most.
 */
class PreviewPanel extends Div {

    private final TokenCounter counter = new TokenCounter();
    private final PriceTable prices;
    private final MultiSelectComboBox<ModelTarget> models = new MultiSelectComboBox<>("Count tokens for");
    private final Div variables = new Div();
    private final Div tokens = new Div();
    private final Div messages = new Div();
    private List<RenderedMessage> shown = List.of();
    /** The answer a cost estimate assumes when the model sets no max_tokens, as the suite's estimate does. */
    private static final int DEFAULT_OUTPUT = 256;

    PreviewPanel(List<ModelTarget> choices, PriceTable prices) {
        this.prices = prices;
        setId("editor-preview");
        variables.setId("editor-variables");
        variables.addClassName("chips");
        models.setId("preview-models");
        models.setItems(choices);
        models.setItemLabelGenerator(ModelTarget::name);
        models.setWidthFull();
        if (!choices.isEmpty()) {
            models.select(choices.getFirst());
        }
        models.addValueChangeListener(change -> showTokens());
        tokens.setId("token-counts");
        messages.setId("preview-messages");
        messages.addClassName("message-list");
        add(variables, models, tokens, messages);
    }

    void show(DraftCheck check) {
        variables.removeAll();
        if (check.variables().isEmpty()) {
            variables.add(new Span("No variables."));
        }
        check.variables().forEach(name -> {
            Span chip = new Span(name);
            chip.addClassName("chip");
            variables.add(chip);
        });
        messages.removeAll();
        shown = check.preview();
        if (check.previewError() != null) {
            Div error = new Div(new Span(check.previewError()));
            error.setId("editor-preview-error");
            error.addClassName("error-text");
            messages.add(error);
        }
        for (RenderedMessage message : shown) {
            Span role = new Span(message.role().wireName());
            role.addClassNames("role", "role-" + message.role().wireName());
            Pre text = new Pre(message.text());
            text.addClassName("message-text");
            Div box = new Div(role, text);
            box.addClassName("message");
            messages.add(box);
        }
        showTokens();
    }

    /** The input's cost, and the most the call may cost with its answer at the model's max_tokens (else 256). */
    private String cost(ModelTarget model, int tokensIn) {
        int out = model.parameters().get("max_tokens") instanceof Number n ? n.intValue() : DEFAULT_OUTPUT;
        BigDecimal input = prices.cost(model, tokensIn, 0);
        BigDecimal most = prices.cost(model, tokensIn, out);
        if (input == null) {
            return "price unknown";
        }
        return "input $" + plain(input) + ", at most $" + plain(most) + " with " + out + " output tokens";
    }

    private static String plain(BigDecimal usd) {
        return usd.signum() == 0 ? "0" : usd.stripTrailingZeros().toPlainString();
    }

    private void showTokens() {
        tokens.removeAll();
        if (shown.isEmpty()) {
            return;
        }
        List<ChatMessage> chat = shown.stream().map(m -> new ChatMessage(m.role(), m.text())).toList();
        for (ModelTarget model : models.getSelectedItems()) {
            TokenCounter.Count count = counter.count(model, chat);
            Div line = new Div(new Span(model.name() + ": " + count.describe() + " · " + cost(model, count.tokens())));
            line.addClassName("token-count");
            tokens.add(line);
        }
    }
}
