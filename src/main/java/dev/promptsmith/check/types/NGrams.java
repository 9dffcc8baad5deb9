package dev.promptsmith.check.types;

import dev.promptsmith.check.CheckSpec;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Word n-grams for the text-overlap checks, tokenised as promptfoo does: lower case, split on white space. */
final class NGrams {

    private NGrams() {
    }

    static List<String> words(String text, boolean dropTrailingPeriods) {
        String stripped = text.toLowerCase(Locale.ROOT).strip();
        if (stripped.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(stripped.split("\\s+"))
                .map(w -> dropTrailingPeriods ? w.replaceAll("\\.+$", "") : w)
                .toList();
    }

    static Map<String, Integer> counts(List<String> words, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= words.size(); i++) {
            counts.merge(String.join(" ", words.subList(i, i + n)), 1, Integer::sum);
        }
        return counts;
    }

    static int total(List<String> words, int n) {
        return Math.max(0, words.size() - n + 1);
    }

    /** How many of {@code candidate}'s n-grams are in {@code reference}, each counted at most as often as there. */
    static int clipped(Map<String, Integer> candidate, Map<String, Integer> reference) {
        int matched = 0;
        for (Map.Entry<String, Integer> gram : candidate.entrySet()) {
            matched += Math.min(gram.getValue(), reference.getOrDefault(gram.getKey(), 0));
        }
        return matched;
    }

    /** The reference texts of a check: its value, or each of a list of values. */
    static List<String> references(CheckSpec spec) {
        List<String> references = spec.value() instanceof List<?> list
                ? list.stream().map(String::valueOf).toList() : List.of(spec.text());
        if (references.stream().allMatch(String::isBlank)) {
            throw new IllegalArgumentException(spec.type() + " needs a reference text (or a list of them) as value");
        }
        return references;
    }
}
