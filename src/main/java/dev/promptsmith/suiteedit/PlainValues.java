package dev.promptsmith.suiteedit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * YAML values as the editor compares and writes them. A whole number is one number whether it was
 * typed as {@code 3} or came back from a form as {@code 3.0} (promptfoo reads both as the same
 * JavaScript number), so opening a check and closing it again changes nothing. Copies are deep, so
 * a value written twice is written twice, never as a YAML alias.
 */
final class PlainValues {

    private PlainValues() {
    }

    static Object copy(Object value) {
        return switch (value) {
            case Map<?, ?> map -> {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(String.valueOf(k), copy(v)));
                yield copy;
            }
            case List<?> list -> {
                List<Object> copy = new ArrayList<>(list.size());
                list.forEach(item -> copy.add(copy(item)));
                yield copy;
            }
            case Double d when isWhole(d) -> d.longValue();
            case Float f when isWhole(f.doubleValue()) -> f.longValue();
            case Integer i -> i.longValue();
            case Short s -> s.longValue();
            case Byte b -> b.longValue();
            case BigInteger big when big.bitLength() < 64 -> big.longValue();
            case BigDecimal decimal -> decimal.doubleValue();
            case null, default -> value;
        };
    }

    static boolean same(Object a, Object b) {
        return java.util.Objects.equals(copy(a), copy(b));
    }

    private static boolean isWhole(double d) {
        return !Double.isInfinite(d) && d == Math.rint(d) && Math.abs(d) < 1e15;
    }
}
