package dev.promptsmith.run;

import dev.promptsmith.prompt.TemplateFilter;
import dev.promptsmith.script.ScriptCode;
import dev.promptsmith.script.ScriptException;
import dev.promptsmith.script.Scripts;
import dev.promptsmith.suite.DefaultTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A suite's {@code nunjucksFilters} as template filters: each calls its JavaScript file's exported
 * function with the value and the filter's arguments, in the script sandbox and its time limit.
 * A file is read once a run; one that cannot be read fails each render that uses its filter.
 */
final class SuiteFilters {

    private static final List<String> PARAMETERS = List.of("value");

    private SuiteFilters() {
    }

    static Map<String, TemplateFilter> of(Map<String, Object> defaultTest, Scripts scripts) {
        Map<String, TemplateFilter> filters = new LinkedHashMap<>();
        DefaultTest.filters(defaultTest).forEach((name, script) -> {
            ScriptCode code;
            try {
                code = scripts.code(script, ScriptCode.Language.JAVASCRIPT, null);
            } catch (ScriptException e) {
                filters.put(name, (value, arguments) -> {
                    throw e;
                });
                return;
            }
            filters.put(name, (value, arguments) -> {
                List<Object> all = new ArrayList<>(arguments.size() + 1);
                all.add(value);
                all.addAll(arguments);
                return scripts.call(code, all, PARAMETERS);
            });
        });
        return filters;
    }
}
