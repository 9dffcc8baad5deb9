package dev.promptsmith.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every check type by name, and the promptfoo types Promptsmith refuses with the reason. A test
 * keeps this list, the documentation and the classes in step.
 */
public final class CheckRegistry {

    private final Map<String, Check> checks = new LinkedHashMap<>();
    private final Map<String, String> refused;

    public CheckRegistry(Collection<? extends Check> all) {
        this(all, Map.of());
    }

    /** @param refused promptfoo type names Promptsmith does not run, each with why, e.g. "needs token log probabilities" */
    public CheckRegistry(Collection<? extends Check> all, Map<String, String> refused) {
        this.refused = Map.copyOf(refused);
        for (Check check : all) {
            if (checks.put(check.type(), check) != null) {
                throw new IllegalStateException("two checks are called " + check.type());
            }
        }
    }

    public Set<String> types() {
        return checks.keySet();
    }

    /** The promptfoo types that are refused, with why. */
    public Map<String, String> refused() {
        return refused;
    }

    public List<Check> all() {
        return List.copyOf(checks.values());
    }

    /**
     * @param type the type as written, with or without {@code not-}
     * @throws UnknownCheckException naming the type and the nearest known one
     * @throws RefusedCheckException   naming a promptfoo type Promptsmith does not run, and why
     */
    public Check get(String type) {
        if (checks.containsKey(type)) {
            return checks.get(type);
        }
        String bare = type.startsWith("not-") ? type.substring(4) : type;
        if (refused.containsKey(bare)) {
            throw new RefusedCheckException("'" + bare + "' " + refused.get(bare)
                    + ", so Promptsmith does not run this promptfoo check");
        }
        Check check = checks.get(bare);
        if (check == null) {
            throw new UnknownCheckException("unknown check type '" + type + "'" + nearest(bare)
                    .map(n -> " (did you mean '" + (type.startsWith("not-") ? "not-" : "") + n + "'?)").orElse(""));
        }
        return check;
    }

    /**
     * What is wrong with the types of a check as written and of the checks of an assert-set inside
     * it: unknown (with the nearest known type) or refused (with why); empty when all are known.
     */
    public List<String> problems(Object written) {
        List<String> problems = new java.util.ArrayList<>();
        if (!(written instanceof Map<?, ?> check) || check.get("type") == null) {
            return problems;
        }
        try {
            get(String.valueOf(check.get("type")).strip());
        } catch (UnknownCheckException e) {
            problems.add(e.getMessage());
        }
        if (check.get("assert") instanceof List<?> members) {
            members.forEach(member -> problems.addAll(problems(member)));
        }
        return problems;
    }

    private java.util.Optional<String> nearest(String type) {
        return checks.keySet().stream()
                .min(Comparator.comparingInt(known -> TextDistance.levenshtein(known, type)))
                .filter(known -> TextDistance.levenshtein(known, type) <= Math.max(3, type.length() / 2));
    }
}
