package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * tool-call-f1: the F1 score of the tool names called in the output against the expected ones,
 * as sets (order and repeats do not matter), at least the threshold (default 1, every tool and no
 * other). Calls are read from JSON in the output, the whole output or one call per line, in
 * OpenAI's ({@code function.name}, Responses' {@code function_call}), Anthropic's ({@code tool_use})
 * and Google's ({@code functionCall}) shapes.
 */
final class ToolCallF1Check implements Check {

    @Override
    public String type() {
        return "tool-call-f1";
    }

    @Override
    public String description() {
        return "The F1 score of the tools called in the output's JSON against the expected tool names reaches the "
                + "threshold (default 1).";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        Set<String> expected = new TreeSet<>(ContainsCheck.values(spec.value()).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
        if (expected.isEmpty()) {
            throw new IllegalArgumentException("tool-call-f1 needs the expected tool names as value");
        }
        Set<String> called = called(input.output());
        long both = called.stream().filter(expected::contains).count();
        double precision = called.isEmpty() ? 0 : (double) both / called.size();
        double recall = (double) both / expected.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double threshold = spec.threshold(1.0);
        return Verdict.scored(f1 >= threshold, f1, "call the tools " + expected + " (F1 at least " + threshold + ")",
                "it called " + (called.isEmpty() ? "none" : called) + ", F1 %.3f".formatted(f1));
    }

    static Set<String> called(String output) {
        Set<String> names = new LinkedHashSet<>();
        JsonTree.parse(output).ifPresentOrElse(node -> collect(node, names), () -> {
            for (String line : output.lines().toList()) {
                String stripped = line.strip();
                if (stripped.startsWith("{") || stripped.startsWith("[")) {
                    JsonTree.parse(stripped).ifPresent(node -> collect(node, names));
                }
            }
        });
        return names;
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isArray()) {
            node.forEach(item -> collect(item, names));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String type = node.path("type").asString("");
        if (node.path("function").path("name").isString()) {
            names.add(node.path("function").path("name").asString());
        } else if (List.of("function_call", "tool_use").contains(type) && node.path("name").isString()) {
            names.add(node.path("name").asString());
        } else if (node.path("functionCall").path("name").isString()) {
            names.add(node.path("functionCall").path("name").asString());
        }
        for (String container : List.of("tool_calls", "content", "output", "parts", "calls")) {
            if (node.has(container)) {
                collect(node.get(container), names);
            }
        }
    }
}
