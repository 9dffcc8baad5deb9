package dev.promptsmith.suite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A check written in a CSV cell of an {@code __expected} column, read as promptfoo reads it:
 * {@code contains:word}, {@code not-icontains:word}, {@code similar(0.9):text},
 * {@code contains-any:a,b,"c, d"}, {@code javascript:...}, {@code llm-rubric:...}; a cell that
 * names no check is the text the output must equal.
 */
final class ExpectedValue {

    /** promptfoo's assertion types in its own order, which decides how {@code similar:cosine:x} reads. */
    private static final List<String> TYPES = List.of("agent-rubric", "answer-relevance", "bleu", "classifier",
            "contains", "contains-all", "contains-any", "contains-html", "contains-json", "contains-sql", "contains-xml",
            "context-faithfulness", "context-recall", "context-relevance", "conversation-relevance", "cost", "equals",
            "factuality", "finish-reason", "g-eval", "gleu", "guardrails", "icontains", "icontains-all",
            "icontains-any", "is-html", "is-json", "is-refusal", "is-sql", "is-valid-function-call",
            "is-valid-openai-function-call", "is-valid-openai-tools-call", "is-xml", "javascript", "latency",
            "levenshtein", "llm-rubric", "pi", "meteor", "model-graded-closedqa", "model-graded-factuality",
            "moderation", "perplexity", "perplexity-score", "python", "regex", "rouge-n", "ruby", "similar",
            "similar:cosine", "similar:dot", "similar:euclidean", "starts-with", "tool-call-f1", "skill-used",
            "trajectory:goal-success", "trajectory:tool-args-match", "trajectory:step-count",
            "trajectory:tool-sequence", "trajectory:tool-used", "trace-error-spans", "trace-span-count",
            "trace-span-duration", "search-rubric", "webhook", "word-count");
    private static final Pattern WRITTEN = Pattern.compile("^(not-)?(" + String.join("|", TYPES.stream()
            .map(Pattern::quote).toList()) + ")(?:\\((\\d+(?:\\.\\d+)?)\\))?(?::([\\s\\S]*))?$");
    private static final Set<String> LISTS = Set.of("contains-all", "contains-any", "icontains-all", "icontains-any");
    private static final Set<String> UNTRIMMED = Set.of("contains-json", "is-json");
    private static final Set<String> SCORED = Set.of("answer-relevance", "classifier", "context-faithfulness",
            "context-recall", "context-relevance", "cost", "latency", "levenshtein", "perplexity-score", "perplexity",
            "rouge-n", "similar", "starts-with");

    private ExpectedValue() {
    }

    /** The check a cell holds, as an {@code assert} entry: type, value and maybe threshold. */
    static Map<String, Object> check(String expected) {
        Map<String, Object> check = new LinkedHashMap<>();
        for (String prefix : List.of("javascript:", "fn:", "eval:")) {
            if (expected.startsWith(prefix)) {
                return typed("javascript", expected.substring(prefix.length()).strip());
            }
        }
        if (expected.startsWith("file://") && expected.matches("(?s)file://.*\\.(js|cjs|mjs|ts|cts|mts)(:.*)?")) {
            return typed("javascript", expected.strip());
        }
        if (expected.startsWith("grade:")) {
            return typed("llm-rubric", expected.substring("grade:".length()));
        }
        if (expected.startsWith("llm-rubric:")) {
            return typed("llm-rubric", expected.substring("llm-rubric:".length()));
        }
        if (expected.startsWith("python:") || expected.startsWith("file://")
                && (expected.endsWith(".py") || expected.contains(".py:"))) {
            return typed("python", expected.substring(7).strip());
        }
        Matcher matcher = WRITTEN.matcher(expected);
        if (!matcher.matches()) {
            return typed("equals", expected);
        }
        String type = matcher.group(2);
        String value = matcher.group(4);
        check.put("type", matcher.group(1) == null ? type : "not-" + type);
        if (LISTS.contains(type)) {
            check.put("value", value == null ? null : commaSeparated(value));
        } else if (UNTRIMMED.contains(type)) {
            check.put("value", value);
        } else {
            check.put("value", value == null ? null : value.strip());
        }
        if (SCORED.contains(type)) {
            check.put("threshold", matcher.group(3) != null ? Double.parseDouble(matcher.group(3))
                    : type.equals("similar") ? 0.8 : 0.75);
        }
        if (check.get("value") == null) {
            check.remove("value");
        }
        return check;
    }

    private static Map<String, Object> typed(String type, String value) {
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("type", type);
        check.put("value", value);
        return check;
    }

    /** {@code a, b,"c, d"}: fields split on commas, a quoted field may hold commas and doubled or escaped quotes. */
    static List<String> commaSeparated(String value) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        while (i < value.length()) {
            while (i < value.length() && (Character.isWhitespace(value.charAt(i)) || value.charAt(i) == ',')) {
                i++;
            }
            if (i >= value.length()) {
                break;
            }
            StringBuilder field = new StringBuilder();
            if (value.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < value.length()) {
                    char c = value.charAt(i);
                    if (c == '\\' && i + 1 < value.length() && (value.charAt(i + 1) == '"' || value.charAt(i + 1) == '\\')
                            || c == '"' && i + 1 < value.length() && value.charAt(i + 1) == '"') {
                        field.append(value.charAt(i + 1));
                        i += 2;
                    } else if (c == '"') {
                        i++;
                        closed = true;
                        break;
                    } else {
                        field.append(c);
                        i++;
                    }
                }
                if (!closed) {
                    throw new IllegalArgumentException("a quoted value is not closed: " + value);
                }
                fields.add(field.toString());
            } else {
                int start = i;
                while (i < value.length() && value.charAt(i) != ',') {
                    i++;
                }
                fields.add(value.substring(start, i).strip());
            }
        }
        return fields;
    }
}
