package dev.promptsmith.suite;

import java.util.List;
import java.util.Map;

/**
 * promptfoo's {@code $ref}: a mapping {@code {$ref: "#/assertionTemplates/polite"}} anywhere in
 * a suite stands for the part of the suite the JSON pointer names (the JSON schemas of a
 * provider's functions and tools keep theirs, as in promptfoo). References to other files are
 * refused with the line.
 */
final class Refs {

    private static final String REF = "$ref";
    private static final int MAX_DEPTH = 20;

    private final Object root;
    private final Problems.Source source;

    private Refs(Object root, Problems.Source source) {
        this.root = root;
        this.source = source;
    }

    /** Replaces every reference in the suite's tree (its maps and lists are changed in place). */
    static void resolve(Object root, Problems.Source source) {
        new Refs(root, source).walk(root, false, 0);
    }

    @SuppressWarnings("unchecked")
    private void walk(Object node, boolean schema, int depth) {
        if (depth > 3 * MAX_DEPTH) {
            source.error(source.line(node), "'$ref' makes the suite contain itself");
            return;
        }
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> entries = (Map<Object, Object>) map;
            for (Map.Entry<Object, Object> entry : entries.entrySet()) {
                String key = String.valueOf(entry.getKey());
                boolean inSchema = schema || key.equals("parameters") || key.equals("functions") || key.equals("tools");
                Object resolved = inSchema ? entry.getValue() : target(entry.getValue(), depth);
                entry.setValue(resolved);
                walk(resolved, inSchema, depth + 1);
            }
        } else if (node instanceof List<?> list) {
            List<Object> items = (List<Object>) list;
            for (int i = 0; i < items.size(); i++) {
                Object resolved = schema ? items.get(i) : target(items.get(i), depth);
                items.set(i, resolved);
                walk(resolved, schema, depth + 1);
            }
        }
    }

    /** The value a reference stands for, or the value itself when it is no reference. */
    private Object target(Object value, int depth) {
        Object current = value;
        for (int hops = 0; current instanceof Map<?, ?> map && map.containsKey(REF); hops++) {
            int line = source.line(map, REF);
            if (hops > MAX_DEPTH || depth > MAX_DEPTH) {
                source.error(line, "'$ref' goes round in a circle (or deeper than " + MAX_DEPTH + ")");
                return Map.of();
            }
            if (map.size() > 1) {
                source.error(line, "keys beside '$ref' are not supported: the reference stands for the whole mapping");
                return Map.of();
            }
            if (!(map.get(REF) instanceof String pointer) || !pointer.startsWith("#/")) {
                source.error(line, "'$ref' must point into this file (#/path/to/part); references to other files are "
                        + "not supported yet");
                return Map.of();
            }
            Object found = find(pointer);
            if (found == null) {
                source.error(line, "'$ref' points to " + pointer + ", which this file does not have");
                return Map.of();
            }
            current = found;
        }
        return current;
    }

    private Object find(String pointer) {
        Object node = root;
        for (String token : pointer.substring(2).split("/", -1)) {
            String key = token.replace("~1", "/").replace("~0", "~");
            if (node instanceof Map<?, ?> map) {
                node = map.get(key);
            } else if (node instanceof List<?> list && key.matches("\\d+") && Integer.parseInt(key) < list.size()) {
                node = list.get(Integer.parseInt(key));
            } else {
                return null;
            }
        }
        return node;
    }
}
