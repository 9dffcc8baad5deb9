package dev.promptsmith.prompt;

import java.util.AbstractMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The common template that only puts text values in place: plain text and {@code {{ name }}}
 * placeholders, no tags, comments, filters, dots or whitespace control. Such a template is
 * filled in directly, as Jinjava would fill it, at a fraction of the cost; anything else (and
 * any placeholder whose value is missing or not text) is left to Jinjava, with its messages.
 */
final class PlainTemplate {

    private PlainTemplate() {
    }

    /** Whether the template is plain text and {@code {{ name }}} placeholders: then it has no syntax to get wrong. */
    static boolean plain(String template) {
        return names(template) != null;
    }

    /** The names of a plain template's placeholders in order of first use, or {@code null} when it is not plain. */
    static Set<String> names(String template) {
        Set<String> names = new LinkedHashSet<>();
        Map<String, String> anyText = new AbstractMap<>() {
            @Override
            public String get(Object key) {
                names.add((String) key);
                return "";
            }

            @Override
            public Set<Entry<String, String>> entrySet() {
                return Set.of();
            }
        };
        return render(template, anyText) != null ? names : null;
    }

    /** The filled-in template, or {@code null} when Jinjava has to render it. */
    static String render(String template, Map<String, ?> values) {
        if (template.contains("{%") || template.contains("{#")) {
            return null;
        }
        StringBuilder out = null;
        int from = 0;
        while (true) {
            int open = template.indexOf("{{", from);
            if (open < 0) {
                if (out == null) {
                    return template.contains("}}") ? null : template;
                }
                String rest = template.substring(from);
                return rest.contains("}}") ? null : out.append(rest).toString();
            }
            int close = template.indexOf("}}", open + 2);
            if (close < 0) {
                return null;
            }
            String name = template.substring(open + 2, close).strip();
            if (!identifier(name) || !(values.get(name) instanceof String value)) {
                return null;
            }
            String before = template.substring(from, open);
            if (before.contains("}}")) {
                return null;
            }
            if (out == null) {
                out = new StringBuilder(template.length() + 64);
            }
            out.append(before).append(value);
            from = close + 2;
        }
    }

    private static boolean identifier(String name) {
        if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) && name.charAt(0) < 128 || name.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) {
                return false;
            }
        }
        return !name.equals("true") && !name.equals("false") && !name.equals("none") && !name.equals("None")
                && !name.equals("null") && !name.equals("loop");
    }
}
