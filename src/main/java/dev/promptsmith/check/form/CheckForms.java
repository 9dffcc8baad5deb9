package dev.promptsmith.check.form;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckRegistry;
import dev.promptsmith.check.UnknownCheckException;
import dev.promptsmith.check.types.CheckTypes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The form of every check type of the registry, and what is wrong with a check as written, each
 * problem as "field: message" ({@code type}, {@code value}, {@code threshold}, {@code weight},
 * {@code metric}, {@code assert}; an assert-set's own checks as {@code assert[1].value}, counting from 1).
 */
public final class CheckForms {

    private static final String NOT = "not-";
    private static final CheckForms STANDARD = new CheckForms(CheckTypes.namesOnly());

    private final CheckRegistry registry;
    private final Map<String, CheckForm> forms = new LinkedHashMap<>();

    CheckForms(CheckRegistry registry) {
        this.registry = registry;
        Map<String, FormTable.Row> rows = FormTable.rows();
        for (Check check : registry.all()) {
            FormTable.Row row = rows.get(check.type());
            if (row != null) {
                forms.put(check.type(), new CheckForm(check.type(), check.description(), row.group(), row.example(),
                        row.value(), row.threshold(), row.negatable()));
            }
        }
    }

    /** The forms of every type Promptsmith runs. */
    public static CheckForms standard() {
        return STANDARD;
    }

    /** Every type that has a form, ordered by group and then by name, as a picker lists them. */
    public List<CheckForm> all() {
        return forms.values().stream()
                .sorted(Comparator.comparing(CheckForm::group).thenComparing(CheckForm::type))
                .toList();
    }

    /** The types of the registry, whether they have a form or not (a test keeps the two in step). */
    public Set<String> registeredTypes() {
        return registry.types();
    }

    /** @param type a type without {@code not-} */
    public Optional<CheckForm> form(String type) {
        return Optional.ofNullable(forms.get(type));
    }

    /**
     * Reads a type as written: its form, and whether it is negated. A type that begins with
     * {@code not-} itself ({@code not-truncated}) is negated only with a second one.
     */
    public Written read(String written) {
        String type = written == null ? "" : written.strip();
        if (!forms.containsKey(type) && type.startsWith(NOT)) {
            return new Written(type.substring(NOT.length()), true);
        }
        return new Written(type, false);
    }

    /** A type as written: the type without its negation, and whether it had one. */
    public record Written(String type, boolean negated) {
    }

    /** What is wrong with a check as written; empty when it can be saved. */
    public List<String> problems(Map<String, ?> check) {
        List<String> found = new ArrayList<>();
        collect(check, "", found);
        return found;
    }

    private void collect(Map<String, ?> check, String prefix, List<String> found) {
        Object written = check.get("type");
        if (written == null || String.valueOf(written).isBlank()) {
            found.add(prefix + "type: choose a check type");
            return;
        }
        Written type = read(String.valueOf(written));
        CheckForm form = forms.get(type.type());
        if (form == null) {
            try {
                registry.get(String.valueOf(written).strip());
                found.add(prefix + "type: '" + type.type() + "' has no form yet");
            } catch (UnknownCheckException e) {
                found.add(prefix + "type: " + e.getMessage());
            }
            return;
        }
        form.value().problem(check.get("value")).ifPresent(p -> found.add(prefix + "value: " + p));
        if (form.threshold() != null) {
            form.threshold().problem(check.get("threshold")).ifPresent(p -> found.add(prefix + "threshold: " + p));
        } else if (check.get("threshold") != null && !(check.get("threshold") instanceof Number)) {
            found.add(prefix + "threshold: '" + check.get("threshold") + "' is not a number");
        }
        Object weight = check.get("weight");
        if (weight != null && !(weight instanceof Number n && n.doubleValue() >= 0)) {
            found.add(prefix + "weight: " + (weight instanceof Number ? Values.number(((Number) weight).doubleValue())
                    + " is negative; 0 makes the check informational" : "'" + weight + "' is not a number"));
        }
        if (check.get("metric") instanceof Map<?, ?> || check.get("metric") instanceof List<?>) {
            found.add(prefix + "metric: a metric is a name, not " + Values.what(check.get("metric")));
        }
        if (form.type().equals("assert-set")) {
            members(check.get("assert"), prefix, found);
        }
    }

    private void members(Object members, String prefix, List<String> found) {
        if (!(members instanceof List<?> list) || list.isEmpty()) {
            found.add(prefix + "assert: an assert-set needs its checks, a list under assert");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = prefix + "assert[" + (i + 1) + "].";
            if (list.get(i) instanceof Map<?, ?> member) {
                Map<String, Object> plain = new LinkedHashMap<>();
                member.forEach((k, v) -> plain.put(String.valueOf(k), v));
                collect(plain, at, found);
            } else {
                found.add(at.substring(0, at.length() - 1) + ": a check is a mapping with a type, not "
                        + Values.what(list.get(i)));
            }
        }
    }
}
