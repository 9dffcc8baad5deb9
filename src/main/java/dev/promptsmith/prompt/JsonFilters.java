package dev.promptsmith.prompt;

import com.hubspot.jinjava.interpret.InterpretException;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;
import tools.jackson.core.JacksonException;

/**
 * The two JSON filters promptfoo adds to Nunjucks: {@code dump} writes a value as JSON (as
 * JavaScript's JSON.stringify) and {@code load} reads JSON text into a value.
 */
final class JsonFilters {

    private JsonFilters() {
    }

    static final class Dump implements Filter {
        @Override
        public String getName() {
            return "dump";
        }

        @Override
        public Object filter(Object var, JinjavaInterpreter interpreter, String... args) {
            return JsonValues.json(var);
        }
    }

    static final class Load implements Filter {
        @Override
        public String getName() {
            return "load";
        }

        @Override
        public Object filter(Object var, JinjavaInterpreter interpreter, String... args) {
            if (var == null) {
                return null;
            }
            try {
                return JsonValues.wrap(JsonValues.JSON.readValue(var.toString(), Object.class));
            } catch (JacksonException e) {
                throw new InterpretException("load: the value is not JSON: " + e.getOriginalMessage());
            }
        }
    }
}
