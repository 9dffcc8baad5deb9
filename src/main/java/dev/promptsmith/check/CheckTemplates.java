package dev.promptsmith.check;

import dev.promptsmith.prompt.PromptRenderer;
import dev.promptsmith.prompt.RenderException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills a test's variables into a check before it runs, as promptfoo does: its value (every text
 * in a list or mapping too) and its {@code metric} name, so {@code equals: '{{answer}}'}
 * compares with the variable. The engine fills a test's checks once for all of the test's outputs,
 * an {@code assert-set}'s own checks one by one; a {@code rubricPrompt} is filled by its check,
 * which adds the output and the rubric to the variables.
 */
final class CheckTemplates {

    private final PromptRenderer renderer;

    CheckTemplates(PromptRenderer renderer) {
        this.renderer = renderer;
    }

    /** @throws IllegalArgumentException naming the undefined variable or template error and where it is */
    CheckSpec fill(CheckSpec written, Map<String, Object> vars) {
        Object value = written.config().get("value");
        Object metric = written.config().get("metric");
        if (value == null && metric == null) {
            return written;
        }
        String where = "check '" + written.config().get("type") + "'";
        Object filledValue = value == null ? written.value() : fill(value, vars, where + " value");
        Object filledMetric = metric == null ? null : fill(metric, vars, where + " metric");
        return written.filled(filledValue, filledMetric == null ? null : filledMetric.toString());
    }

    private Object fill(Object value, Map<String, Object> vars, String where) {
        if (value instanceof String text) {
            try {
                return renderer.renderText(text, vars, where);
            } catch (RenderException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
        if (value instanceof List<?> list) {
            List<Object> filled = new ArrayList<>();
            list.forEach(item -> filled.add(fill(item, vars, where)));
            return filled;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> filled = new LinkedHashMap<>();
            map.forEach((k, v) -> filled.put(k, fill(v, vars, where)));
            return filled;
        }
        return value;
    }
}
