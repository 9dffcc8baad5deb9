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
 * compares with the variable. The checks of an {@code assert-set} are filled when they run; a
 * {@code rubricPrompt} is filled by its check, which adds the output and the rubric to the variables.
 */
final class CheckTemplates {

    private static final List<String> TEMPLATED = List.of("value", "metric");

    private final PromptRenderer renderer;

    CheckTemplates(PromptRenderer renderer) {
        this.renderer = renderer;
    }

    /** @throws IllegalArgumentException naming the undefined variable or template error and where it is */
    Map<String, Object> fill(Map<String, ?> written, Map<String, Object> vars) {
        Map<String, Object> filled = new LinkedHashMap<>(written);
        String where = "check '" + written.get("type") + "'";
        for (String key : TEMPLATED) {
            if (written.get(key) != null) {
                filled.put(key, fill(written.get(key), vars, where + " " + key));
            }
        }
        return filled;
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
