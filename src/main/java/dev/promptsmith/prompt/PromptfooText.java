package dev.promptsmith.prompt;

import dev.promptsmith.shared.JsJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a promptfoo prompt text as promptfoo does before sending it: every text variable loses
 * one trailing line break; a text that is JSON has the variables filled into each of its strings
 * and is written back as JSON indented by two spaces; any other text is one template, whose
 * variables may themselves hold templates of the other variables. As in promptfoo (Nunjucks'
 * default), a variable without a value writes nothing; the suite's loader warns about those.
 */
final class PromptfooText {

    private final TemplateEngine engine;

    PromptfooText(TemplateEngine engine) {
        this.engine = engine;
    }

    String render(String raw, Map<String, ?> values, RenderBudget budget) throws TemplateEngine.TemplateFailure {
        Map<String, Object> vars = new LinkedHashMap<>();
        values.forEach((name, value) -> vars.put(name, value instanceof String text && text.endsWith("\n")
                ? text.substring(0, text.length() - 1) : value));
        Object json = ChatPrompt.parseJson(raw);
        if (json != null) {
            return JsJson.pretty(fill(json, vars, budget));
        }
        Map<String, Object> rendered = new LinkedHashMap<>(vars);
        for (Map.Entry<String, Object> entry : vars.entrySet()) {
            if (entry.getValue() instanceof String text && (text.contains("{{") || text.contains("{%"))) {
                try {
                    rendered.put(entry.getKey(), engine.render(text, vars, budget));
                } catch (TemplateEngine.TemplateFailure e) {
                    // promptfoo leaves a variable that names unknown variables as it is
                }
            }
        }
        return engine.renderLeniently(raw, rendered, budget);
    }

    /** The templates of a text: each string of it when it is JSON, else the text itself. */
    static List<String> templates(String raw) {
        Object json = ChatPrompt.parseJson(raw);
        if (json == null) {
            return List.of(raw);
        }
        List<String> strings = new ArrayList<>();
        collect(json, strings);
        return strings;
    }

    private static void collect(Object node, List<String> strings) {
        if (node instanceof String text) {
            strings.add(text);
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collect(item, strings));
        } else if (node instanceof Map<?, ?> map) {
            map.values().forEach(item -> collect(item, strings));
        }
    }

    private Object fill(Object node, Map<String, Object> vars, RenderBudget budget)
            throws TemplateEngine.TemplateFailure {
        if (node instanceof String text) {
            return engine.renderLeniently(text, vars, budget);
        }
        if (node instanceof List<?> list) {
            List<Object> filled = new ArrayList<>();
            for (Object item : list) {
                filled.add(fill(item, vars, budget));
            }
            return filled;
        }
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> filled = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                filled.put(entry.getKey(), fill(entry.getValue(), vars, budget));
            }
            return filled;
        }
        return node;
    }
}
