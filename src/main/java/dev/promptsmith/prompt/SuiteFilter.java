package dev.promptsmith.prompt;

import com.hubspot.jinjava.interpret.InterpretException;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.objects.SafeString;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link TemplateFilter} as Jinjava calls it: the value and the arguments go in as plain values
 * (a template's mappings and lists as maps and lists, safe strings as text), the result comes back
 * as templates see variables. A filter that fails stops the render with a message that names it.
 */
final class SuiteFilter implements Filter {

    private final String name;
    private final TemplateFilter filter;

    SuiteFilter(String name, TemplateFilter filter) {
        this.name = name;
        this.filter = filter;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Object filter(Object var, JinjavaInterpreter interpreter, String... args) {
        return filter(var, interpreter, (Object[]) args, Map.of());
    }

    @Override
    public Object filter(Object var, JinjavaInterpreter interpreter, Object[] args, Map<String, Object> kwargs) {
        List<Object> arguments = new ArrayList<>(Arrays.stream(args).map(SuiteFilter::plain).toList());
        if (!kwargs.isEmpty()) {
            // Nunjucks hands keyword arguments to a filter as one last object
            Map<String, Object> keywords = new LinkedHashMap<>();
            kwargs.forEach((k, v) -> keywords.put(k, plain(v)));
            keywords.put("__keywords", true);
            arguments.add(keywords);
        }
        try {
            return JsonValues.wrap(filter.apply(plain(var), arguments));
        } catch (RuntimeException e) {
            throw new Failure("filter '" + name + "' failed: " + e.getMessage(), e, interpreter.getLineNumber(),
                    interpreter.getPosition());
        }
    }

    /** A suite's filter failed; its message is the whole story, Jinjava's wrapping adds nothing. */
    static final class Failure extends InterpretException {

        Failure(String message, Throwable cause, int line, int position) {
            super(message, cause, line, position);
        }

        /** The failure of a suite's filter somewhere in a template error's causes, if that is what it is. */
        static Failure in(Throwable error) {
            for (Throwable cause = error; cause != null; cause = cause.getCause()) {
                if (cause instanceof Failure failure) {
                    return failure;
                }
            }
            return null;
        }
    }

    private static Object plain(Object value) {
        if (value instanceof SafeString safe) {
            return safe.toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> plain = new LinkedHashMap<>();
            map.forEach((k, v) -> plain.put(String.valueOf(k), plain(v)));
            return plain;
        }
        if (value instanceof Iterable<?> list) {
            List<Object> plain = new ArrayList<>();
            list.forEach(v -> plain.add(plain(v)));
            return plain;
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean || value == null) {
            return value;
        }
        return value.toString();
    }
}
