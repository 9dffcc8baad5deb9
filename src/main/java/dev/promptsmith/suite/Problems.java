package dev.promptsmith.suite;

import dev.promptsmith.shared.FileProblem;
import dev.promptsmith.shared.LocatedYaml;
import dev.promptsmith.suite.PromptfooKeys.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problems found while a suite and the files it references are read. */
final class Problems {

    final List<FileProblem> errors = new ArrayList<>();
    final List<FileProblem> warnings = new ArrayList<>();

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** A file being read; {@code yaml} is {@code null} for a file without YAML lines (CSV, JSON Lines). */
    Source in(String file, LocatedYaml yaml) {
        return new Source(file, yaml, 1);
    }

    /** One file being read, and typed access to its values that records a problem when a type is wrong. */
    final class Source {

        final String file;
        private final LocatedYaml yaml;
        private final int line;

        private Source(String file, LocatedYaml yaml, int line) {
            this.file = file;
            this.yaml = yaml;
            this.line = line;
        }

        /** The same file, for values that have no YAML lines: all at {@code line}. */
        Source at(int fixedLine) {
            return new Source(file, null, fixedLine);
        }

        int line(Object container) {
            return yaml == null ? line : yaml.lineOf(container);
        }

        int line(Map<?, ?> map, String key) {
            return yaml == null ? line : yaml.lineOf(map, key);
        }

        int line(List<?> list, int index) {
            return yaml == null ? line : yaml.lineOf(list, index);
        }

        void error(int at, String message) {
            errors.add(new FileProblem(file, at, message));
        }

        /** A problem of another file this one led to (a prompt file, a test file), as that file states it. */
        void report(FileProblem problem) {
            errors.add(problem);
        }

        void warn(int at, String message) {
            warnings.add(new FileProblem(file, at, message));
        }

        /** Warns about keys that change nothing and refuses those whose absence would change the results. */
        void keys(Map<?, ?> map, Scope scope, String where) {
            for (Object key : map.keySet()) {
                String name = String.valueOf(key);
                switch (PromptfooKeys.verdict(scope, name)) {
                    case READ -> { }
                    case IGNORED -> warn(line(map, name), where + PromptfooKeys.ignored(scope, name));
                    case REFUSED -> error(line(map, name), where + PromptfooKeys.refused(scope, name));
                }
            }
        }

        String text(Map<?, ?> map, String key) {
            Object value = map.get(key);
            if (value == null) {
                return "";
            }
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                error(line(map, key), "'" + key + "' must be text");
                return "";
            }
            return String.valueOf(value).strip();
        }

        Map<String, Object> mapping(Map<?, ?> map, String key) {
            Object value = map.get(key);
            if (value == null) {
                return Map.of();
            }
            if (value instanceof Map<?, ?> nested) {
                return plain(nested);
            }
            error(line(map, key), "'" + key + "' must be a mapping of names to values");
            return Map.of();
        }

        void number(Map<?, ?> map, String key) {
            Object value = map.get(key);
            if (value != null && !(value instanceof Number)) {
                error(line(map, key), "'" + key + "' must be a number, not '" + value + "'");
            }
        }
    }

    static Map<String, Object> plain(Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }
}
