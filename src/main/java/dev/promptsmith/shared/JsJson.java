package dev.promptsmith.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON text exactly as JavaScript's {@code JSON.stringify} writes it (compact, or indented by two
 * spaces), for the places where promptfoo sends such text to a model: a prompt read from a
 * {@code .json} or {@code .yaml} file, a chat prompt after its variables were filled in, a
 * variable read from a YAML file. Numbers are written as JavaScript writes doubles.
 */
public final class JsJson {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private JsJson() {
    }

    /**
     * {@code JSON.parse(text)}: maps, lists, texts, numbers, booleans and {@code null}.
     *
     * @throws IllegalArgumentException saying why, when the text is not JSON (or has more after it)
     */
    public static Object parse(String text) {
        try {
            return STRICT.readValue(text, Object.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    /** {@code JSON.stringify(value)}. */
    public static String compact(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, null, "", out);
        return out.toString();
    }

    /** {@code JSON.stringify(value, null, 2)}. */
    public static String pretty(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, "  ", "", out);
        return out.toString();
    }

    private static void write(Object value, String indent, String current, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case String text -> string(text, out);
            case Boolean bool -> out.append(bool);
            case Number number -> out.append(number(number));
            case Map<?, ?> map -> object(map, indent, current, out);
            case List<?> list -> array(list, indent, current, out);
            default -> string(value.toString(), out);
        }
    }

    private static void object(Map<?, ?> map, String indent, String current, StringBuilder out) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        String inner = indent == null ? "" : current + indent;
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.append(first ? "" : ",");
            first = false;
            if (indent != null) {
                out.append('\n').append(inner);
            }
            string(String.valueOf(entry.getKey()), out);
            out.append(indent == null ? ":" : ": ");
            write(entry.getValue(), indent, inner, out);
        }
        if (indent != null) {
            out.append('\n').append(current);
        }
        out.append('}');
    }

    private static void array(List<?> list, String indent, String current, StringBuilder out) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        String inner = indent == null ? "" : current + indent;
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            out.append(i == 0 ? "" : ",");
            if (indent != null) {
                out.append('\n').append(inner);
            }
            write(list.get(i), indent, inner, out);
        }
        if (indent != null) {
            out.append('\n').append(current);
        }
        out.append(']');
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean loneSurrogate = Character.isHighSurrogate(c)
                            ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                            : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
                    if (c < 0x20 || loneSurrogate) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** A number as JavaScript prints it: every number is a double; no ".0"; exponents beyond 1e21 and under 1e-6. */
    static String number(Number number) {
        double value = number.doubleValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "null";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-6 && magnitude < 1e21) {
            return shortest.toPlainString();
        }
        BigInteger digits = shortest.unscaledValue().abs();
        String mantissa = digits.toString();
        int exponent = mantissa.length() - 1 - shortest.scale();
        String sign = value < 0 ? "-" : "";
        String fraction = mantissa.length() > 1 ? "." + mantissa.substring(1) : "";
        return sign + mantissa.charAt(0) + fraction + "e" + (exponent >= 0 ? "+" : "-") + Math.abs(exponent);
    }
}
