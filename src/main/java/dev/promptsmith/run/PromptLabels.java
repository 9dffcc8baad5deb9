package dev.promptsmith.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a suite calls its prompts (promptfoo's labels), by the key each is stored under: the statistics group
 * by key, the reports show the label. A key without a label shows as itself.
 */
public record PromptLabels(Map<String, String> byKey) {

    public PromptLabels {
        byKey = Map.copyOf(byKey);
    }

    /** The labels of the results' prompts; a key run under two labels keeps the first. */
    public static PromptLabels of(List<CellResult> results) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (CellResult result : results) {
            String label = result.cell().promptLabel();
            if (label != null && !label.isBlank()) {
                labels.putIfAbsent(result.cell().prompt().name(), label);
            }
        }
        return new PromptLabels(labels);
    }

    /** The label of the prompt stored under {@code key}, else the key. */
    public String of(String key) {
        return byKey.getOrDefault(key, key);
    }
}
