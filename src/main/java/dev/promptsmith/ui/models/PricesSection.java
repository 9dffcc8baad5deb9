package dev.promptsmith.ui.models;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import dev.promptsmith.model.PriceTable;
import java.util.Map;

/** The price table: what a million tokens in and out cost per model, editable. */
class PricesSection extends VerticalLayout {

    private final PriceTable prices;
    private final Grid<Map.Entry<String, PriceTable.Price>> grid = new Grid<>();
    private final TextField model = new TextField("Model (name or prefix)");
    private final BigDecimalField input = new BigDecimalField("$ per 1M input tokens");
    private final BigDecimalField output = new BigDecimalField("$ per 1M output tokens");
    private final Div message = new Div();

    PricesSection(PriceTable prices) {
        this.prices = prices;
        setPadding(false);
        grid.setId("prices-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(Map.Entry::getKey).setHeader("Model").setSortable(true);
        grid.addColumn(e -> e.getValue().input().toPlainString()).setHeader("Input $/1M");
        grid.addColumn(e -> e.getValue().output().toPlainString()).setHeader("Output $/1M");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                model.setValue(change.getValue().getKey());
                input.setValue(change.getValue().getValue().input());
                output.setValue(change.getValue().getValue().output());
            }
        });
        model.setId("price-model");
        input.setId("price-input");
        output.setId("price-output");
        Button save = new Button("Save price", click -> save());
        save.setId("price-save");
        message.setId("price-message");
        HorizontalLayout form = new HorizontalLayout(model, input, output, save);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Paragraph local = new Paragraph("A model on this machine or your network (Ollama, or an OpenAI-compatible "
                + "server such as llama.cpp, LM Studio or vLLM at a local or private address) costs $0 unless it has "
                + "a price here; a hosted model without one has no known cost, and cost checks on it are errors.");
        local.setId("prices-local");
        add(grid, local, form, message);
        refresh();
    }

    private void save() {
        try {
            prices.set(model.getValue(), new PriceTable.Price(input.getValue(), output.getValue()));
            message.setText("Saved the price of " + model.getValue().strip() + ".");
            message.setClassName("error-text", false);
            refresh();
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
            message.setClassName("error-text", true);
        }
    }

    private void refresh() {
        grid.setItems(prices.all().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList());
    }
}
