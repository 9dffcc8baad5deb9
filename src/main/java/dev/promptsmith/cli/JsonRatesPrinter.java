package dev.promptsmith.cli;

import dev.promptsmith.suite.results.JsonRates;
import dev.promptsmith.suite.results.ModelStats;
import dev.promptsmith.run.PromptLabels;
import java.io.PrintWriter;
import java.util.List;

/** The run summary's JSON lines: one per prompt and model whose JSON was cut off or needed repair. */
final class JsonRatesPrinter {

    private JsonRatesPrinter() {
    }

    static void print(List<ModelStats> models, PromptLabels labels, PrintWriter out) {
        List<ModelStats> shown = models.stream().filter(m -> m.json().anyCutOffOrRepaired()).toList();
        if (shown.isEmpty()) {
            return;
        }
        out.println("JSON (" + JsonRates.COUNTED + "):");
        for (ModelStats m : shown) {
            JsonRates json = m.json();
            out.printf("  %s%s: %d/%d cut off (%.1f%%), %d repaired (%.1f%%), %d invalid (%.1f%%)%n",
                    models.stream().map(ModelStats::prompt).distinct().count() > 1 ? labels.of(m.prompt()) + " on " : "",
                    m.model(),
                    json.cutOff(), json.outputs(), json.cutOffRate() * 100, json.repaired(), json.repairedRate() * 100,
                    json.invalid(), json.invalidRate() * 100);
        }
    }
}
