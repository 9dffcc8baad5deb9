package dev.promptsmith.generate;

import java.util.List;
import java.util.Map;

/**
 * A case the prompt failed in a run, as the improver shows it to the model.
 *
 * @param reasons why its checks failed, as the checks said it
 */
public record FailingCase(String description, Map<String, Object> vars, String output, List<String> reasons) {

    public FailingCase {
        vars = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
        reasons = List.copyOf(reasons);
    }

    String text() {
        StringBuilder text = new StringBuilder("Case \"").append(description).append("\"\nInput:\n");
        vars.forEach((name, value) -> text.append("  ").append(name).append(": ").append(value).append('\n'));
        text.append("Output:\n").append(output == null ? "(no output: the call failed)" : output.strip()).append('\n');
        text.append("Why it failed:\n");
        reasons.forEach(reason -> text.append("- ").append(reason).append('\n'));
        return text.toString();
    }
}
