package dev.promptsmith.ui.runs;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import dev.promptsmith.suite.results.JsonRates;
import dev.promptsmith.suite.results.ModelStats;
import java.util.List;
import java.util.Map;

/** Per prompt and model: pass rate, mean score, latency p50 / p95, tokens, cost, and JSON cut off / repaired / invalid. */
class ModelStatsGrid extends Grid<ModelStats> {

    /** @param promptLabels what the suite calls each prompt, by the key it is stored under */
    ModelStatsGrid(boolean severalPrompts, Map<String, String> promptLabels) {
        super(ModelStats.class, false);
        setId("run-model-stats");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        if (severalPrompts) {
            addColumn(s -> promptLabels.getOrDefault(s.prompt(), s.prompt())).setHeader("Prompt").setWidth("14rem")
                    .setFlexGrow(1).setTooltipGenerator(s -> promptLabels.getOrDefault(s.prompt(), s.prompt()));
        }
        addColumn(ModelStats::model).setHeader("Model").setFlexGrow(2);
        addColumn(s -> RunFormats.percent(s.passRate()) + " (" + s.passed() + "/" + s.cells() + ")")
                .setHeader("Pass rate").setAutoWidth(true);
        addColumn(s -> "%.2f".formatted(s.meanScore())).setHeader("Mean score").setAutoWidth(true);
        addColumn(s -> s.latencyP50Ms() + " ms").setHeader("Latency p50").setAutoWidth(true);
        addColumn(s -> s.latencyP95Ms() + " ms").setHeader("p95").setAutoWidth(true);
        addColumn(ModelStats::tokens).setHeader("Tokens").setAutoWidth(true);
        addColumn(ModelStats::errors).setHeader("Errors").setAutoWidth(true);
        addColumn(s -> RunFormats.cost(s.costUsd())).setHeader("Cost").setAutoWidth(true);
        addColumn(s -> json(s.json())).setHeader("JSON cut off · repaired · invalid").setKey("json")
                .setTooltipGenerator(s -> JsonRates.COUNTED).setAutoWidth(true);
    }

    /** E.g. {@code 25.0% · 50.0% · 0.0% of 4}; a dash when no output of the model counts. */
    static String json(JsonRates rates) {
        if (rates.outputs() == 0) {
            return "–";
        }
        return RunFormats.percent(rates.cutOffRate()) + " · " + RunFormats.percent(rates.repairedRate()) + " · "
                + RunFormats.percent(rates.invalidRate()) + " of " + rates.outputs();
    }

    void show(List<ModelStats> stats) {
        setItems(stats);
    }
}
