package dev.promptsmith.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every check type by name. A test keeps this list, the documentation and the classes in step. */
public final class CheckRegistry {

    private final Map<String, Check> checks = new LinkedHashMap<>();

    public CheckRegistry(Collection<? extends Check> all) {
        for (Check check : all) {
            if (checks.put(check.type(), check) != null) {
                throw new IllegalStateException("two checks are called " + check.type());
            }
        }
    }

    public Set<String> types() {
        return checks.keySet();
    }

    public List<Check> all() {
        return List.copyOf(checks.values());
    }

    /**
     * @param type the type as written, with or without {@code not-}
     * @throws UnknownCheckException naming the type and the nearest known one
     */
    public Check get(String type) {
        if (checks.containsKey(type)) {
            return checks.get(type);
        }
        String bare = type.startsWith("not-") ? type.substring(4) : type;
        Check check = checks.get(bare);
        if (check == null) {
            throw new UnknownCheckException("unknown check type '" + type + "'" + nearest(bare)
                    .map(n -> " (did you mean '" + (type.startsWith("not-") ? "not-" : "") + n + "'?)").orElse(""));
        }
        return check;
    }

    private java.util.Optional<String> nearest(String type) {
        return checks.keySet().stream()
                .min(Comparator.comparingInt(known -> TextDistance.levenshtein(known, type)))
                .filter(known -> TextDistance.levenshtein(known, type) <= Math.max(3, type.length() / 2));
    }
}
