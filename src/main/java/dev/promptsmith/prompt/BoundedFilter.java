package dev.promptsmith.prompt;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.OutputTooBigException;
import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.objects.SafeString;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of Jinjava's filters that makes as much as a number asks for, in one call:
 * {@code "x"|center(100000000)} allocated 100 million characters before the output limit saw
 * them, and with {@code indent}, {@code batch} and a {@code format} width filled the heap. A
 * number over the output limit is refused before the filter runs; the render budget cannot
 * stop a single call, as it checks between tags and expressions.
 */
final class BoundedFilter implements Filter {

    /** The filters whose numbers (or, for {@code format}, whose widths) say how much they make. */
    static final Set<String> NAMES = Set.of("center", "indent", "batch", "format");

    private static final Pattern FORMAT_WIDTH = Pattern.compile("%(?:\\d+\\$)?[-#+ 0,(<]*(\\d+)");

    private final Filter filter;
    private final long maxOutput;

    BoundedFilter(Filter filter, long maxOutput) {
        this.filter = filter;
        this.maxOutput = maxOutput;
    }

    @Override
    public String getName() {
        return filter.getName();
    }

    @Override
    public boolean preserveSafeString() {
        return filter.preserveSafeString();
    }

    @Override
    public Object filter(Object var, JinjavaInterpreter interpreter, String... args) {
        check(var, args);
        return filter.filter(var, interpreter, args);
    }

    @Override
    public Object filter(Object var, JinjavaInterpreter interpreter, Object[] args, Map<String, Object> kwargs) {
        check(var, args);
        check(null, kwargs.values().toArray());
        return filter.filter(var, interpreter, args, kwargs);
    }

    @Override
    public Object filter(SafeString var, JinjavaInterpreter interpreter, String... args) {
        check(var, args);
        return filter.filter(var, interpreter, args);
    }

    private void check(Object var, Object[] args) {
        for (Object arg : args) {
            refuseOver(number(arg));
        }
        if (getName().equals("format") && var != null) {
            Matcher width = FORMAT_WIDTH.matcher(var.toString());
            while (width.find()) {
                refuseOver(number(width.group(1)));
            }
        }
    }

    private void refuseOver(double asked) {
        if (asked > maxOutput) {
            throw new OutputTooBigException(maxOutput, (long) Math.min(asked, Long.MAX_VALUE));
        }
    }

    private static double number(Object arg) {
        if (arg instanceof Number n) {
            return n.doubleValue();
        }
        if (arg instanceof String || arg instanceof SafeString) {
            try {
                return Double.parseDouble(arg.toString().strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }
}
