package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import java.util.List;
import java.util.Locale;

/** contains, icontains, contains-any, contains-all, icontains-any, icontains-all: substring checks. */
final class ContainsCheck implements Check {

    enum Mode { ONE, ANY, ALL }

    private final String type;
    private final boolean ignoreCase;
    private final Mode mode;

    ContainsCheck(String type, boolean ignoreCase, Mode mode) {
        this.type = type;
        this.ignoreCase = ignoreCase;
        this.mode = mode;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public String description() {
        String which = switch (mode) {
            case ONE -> "the value";
            case ANY -> "at least one of the values";
            case ALL -> "every one of the values";
        };
        return "The output contains " + which + (ignoreCase ? ", ignoring case." : ", case-sensitively.");
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        List<String> values = mode == Mode.ONE ? List.of(spec.text()) : values(spec.value());
        if (values.isEmpty() || values.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException(type + " needs a non-empty value");
        }
        String output = fold(input.output());
        List<String> found = values.stream().filter(v -> output.contains(fold(v))).toList();
        List<String> missing = values.stream().filter(v -> !found.contains(v)).toList();
        return switch (mode) {
            case ONE -> Verdict.of(!found.isEmpty(), "contain " + Quote.of(values.getFirst()));
            case ANY -> new Verdict(!found.isEmpty(), found.isEmpty() ? 0 : 1,
                    "contain one of " + values.stream().map(Quote::of).toList(),
                    found.isEmpty() ? "it contained none" : "it contained " + found.stream().map(Quote::of).toList());
            case ALL -> new Verdict(missing.isEmpty(), (double) found.size() / values.size(),
                    "contain all of " + values.stream().map(Quote::of).toList(),
                    missing.isEmpty() ? "it contained all" : "it lacked " + missing.stream().map(Quote::of).toList());
        };
    }

    private String fold(String text) {
        return ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
    }

    static List<String> values(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        if (value instanceof String text) {
            return List.of(text.split("\\s*,\\s*"));
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
