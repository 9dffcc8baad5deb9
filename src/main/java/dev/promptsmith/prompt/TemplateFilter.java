package dev.promptsmith.prompt;

import java.util.List;

/**
 * A template filter a suite defines itself (promptfoo's {@code nunjucksFilters}): {@code {{ x | name(a, b) }}}
 * calls it with the value of {@code x} and the arguments {@code a, b}, as plain values (text, numbers,
 * booleans, maps, lists, {@code null}).
 */
@FunctionalInterface
public interface TemplateFilter {

    /**
     * @return a plain value, written out as a template writes any value
     * @throws RuntimeException whose message says what went wrong; the render fails with it
     */
    Object apply(Object value, List<Object> arguments);
}
