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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
    /** What the page shows now, so that a keystroke changes only the text it changed. */
    private List<String> shownVariables;
    private String shownError;
    private final List<Pre> shownTexts = new ArrayList<>();
    private List<String> shownCounts = List.of();
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

    /** Shows a check; what is already on the page stays, and a message whose text changed gets its new text. */
    void show(DraftCheck check) {
        if (!check.variables().equals(shownVariables)) {
            showVariables(check.variables());
        }
        List<RenderedMessage> before = shown;
        shown = check.preview();
        if (Objects.equals(check.previewError(), shownError) && sameRoles(before, shown)) {
            for (int i = 0; i < shown.size(); i++) {
                if (!shown.get(i).text().equals(before.get(i).text())) {
                    shownTexts.get(i).setText(shown.get(i).text());
                }
            }
        } else {
            showMessages(check.previewError());
        }
        showTokens();
    }

    private void showVariables(List<String> names) {
        shownVariables = names;
        variables.removeAll();
        if (names.isEmpty()) {
            variables.add(new Span("No variables."));
        }
        names.forEach(name -> {
            Span chip = new Span(name);
            chip.addClassName("chip");
            variables.add(chip);
        });
    }

    private static boolean sameRoles(List<RenderedMessage> a, List<RenderedMessage> b) {
        return a.size() == b.size() && java.util.stream.IntStream.range(0, a.size())
                .allMatch(i -> a.get(i).role() == b.get(i).role());
    }

    private void showMessages(String previewError) {
        shownError = previewError;
        messages.removeAll();
        shownTexts.clear();
        if (previewError != null) {
            Div error = new Div(new Span(previewError));
            error.setId("editor-preview-error");
            error.addClassName("error-text");
            messages.add(error);
        }
        for (RenderedMessage message : shown) {
            Span role = new Span(message.role().wireName());
            role.addClassNames("role", "role-" + message.role().wireName());
            Pre text = new Pre(message.text());
            text.addClassName("message-text");
            shownTexts.add(text);
            Div box = new Div(role, text);
            box.addClassName("message");
            messages.add(box);
        }
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
        List<String> counts = new ArrayList<>();
        if (!shown.isEmpty()) {
            List<ChatMessage> chat = shown.stream().map(m -> new ChatMessage(m.role(), m.text())).toList();
            for (ModelTarget model : models.getSelectedItems()) {
                TokenCounter.Count count = counter.count(model, chat);
                counts.add(model.name() + ": " + count.describe() + " · " + cost(model, count.tokens()));
            }
        }
        if (counts.equals(shownCounts)) {
            return;
        }
        shownCounts = counts;
        tokens.removeAll();
        for (String text : counts) {
            Div line = new Div(new Span(text));
            line.addClassName("token-count");
            tokens.add(line);
        }
    }
}
