package dev.promptsmith.check.form;

import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import dev.promptsmith.script.Scripts;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Validators of values as written, one per kind of value and for the types with rules of their own. */
final class Validators {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FILE = "file://";
    private static final Set<String> FINISH_REASONS = Set.of("stop", "length", "content_filter", "tool", "other");
    private static final Function<Object, Optional<String>> ANYTHING = value -> Optional.empty();

    private Validators() {
    }

    static Function<Object, Optional<String>> of(ValueKind kind) {
        return switch (kind) {
            case NONE, TEXT, RUBRIC -> ANYTHING;
            case TEXTS -> Validators::texts;
            case NUMBER -> Validators::number;
            case REGEX -> Validators::regex;
            case JSON_SCHEMA -> JsonSchemaValidity::problem;
            case JSON -> Validators::json;
            case JAVASCRIPT -> Validators::javaScript;
            case PYTHON -> Validators::python;
            case URL -> Validators::url;
        };
    }

    /** A list of texts, or one text of comma-separated ones (as promptfoo allows). */
    static Optional<String> texts(Object value) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof Map<?, ?> || list.get(i) instanceof List<?> || list.get(i) == null) {
                    String what = list.get(i) == null ? "empty" : Values.what(list.get(i));
                    return Optional.of("item " + (i + 1) + " is " + what + "; write texts");
                }
            }
            return Optional.empty();
        }
        return value instanceof Map<?, ?> ? Optional.of("is a mapping; write a list of texts") : Optional.empty();
    }

    static Optional<String> number(Object value) {
        return value instanceof Number ? Optional.empty() : Optional.of("'" + value + "' is not a number");
    }

    /** A whole number of words at least 0, or {@code {min, max}}. */
    static Optional<String> wordCount(Object value) {
        if (value instanceof Map<?, ?> range) {
            Object min = range.get("min");
            Object max = range.get("max");
            if (min == null && max == null) {
                return Optional.of("a range needs min, max or both: {min: 10, max: 50}");
            }
            for (Object bound : new Object[] {min, max}) {
                if (bound != null && !(bound instanceof Number n && n.doubleValue() >= 0)) {
                    return Optional.of("min and max are numbers of words, not '" + bound + "'");
                }
            }
            if (min instanceof Number low && max instanceof Number high && low.doubleValue() > high.doubleValue()) {
                return Optional.of("min " + low + " is more than max " + high);
            }
            return Optional.empty();
        }
        if (value instanceof Number n) {
            return n.doubleValue() < 0 ? Optional.of(n + " words cannot be") : Optional.empty();
        }
        return Optional.of("'" + value + "' is not a number, nor {min, max}");
    }

    static Optional<String> regex(Object value) {
        if (!(value instanceof String pattern)) {
            return Optional.of("a pattern is text, not " + Values.what(value));
        }
        return RegexValues.problem(pattern).map(problem -> "the pattern " + problem)
                .or(() -> RegexValues.javaOnly(pattern));
    }

    /** JSON as text must parse; a mapping or list as written is JSON already. */
    static Optional<String> json(Object value) {
        if (value instanceof String text) {
            try {
                JSON.readTree(text);
            } catch (JacksonException e) {
                return Optional.of("is not valid JSON: " + e.getOriginalMessage());
            }
        }
        return Optional.empty();
    }

    /** A mapping of settings, as JSON text or written as a mapping. */
    static Optional<String> settings(Object value, String example) {
        Optional<String> json = json(value);
        if (json.isPresent()) {
            return json;
        }
        Object read = value instanceof String text ? JSON.readValue(text, Object.class) : value;
        return read instanceof Map<?, ?> ? Optional.empty()
                : Optional.of("is " + Values.what(read) + "; write a mapping: " + example);
    }

    /** promptfoo's {@code requiredElements} of the XML checks. */
    static Optional<String> xml(Object value) {
        Optional<String> settings = settings(value, "{\"requiredElements\": [\"root.child\"]}");
        if (settings.isPresent()) {
            return settings;
        }
        Object read = value instanceof String text ? JSON.readValue(text, Object.class) : value;
        return ((Map<?, ?>) read).get("requiredElements") instanceof List<?> ? Optional.empty()
                : Optional.of("needs requiredElements, a list of element paths: "
                        + "{\"requiredElements\": [\"root.child\"]}");
    }

    static Optional<String> javaScript(Object value) {
        if (!(value instanceof String code)) {
            return Optional.of("code is text, not " + Values.what(value));
        }
        if (code.strip().startsWith(FILE)) {
            return file(code.strip(), List.of(".js", ".cjs", ".mjs"));
        }
        return Scripts.javaScriptSyntaxError(code).map(error -> "does not parse: " + error);
    }

    static Optional<String> python(Object value) {
        if (!(value instanceof String code)) {
            return Optional.of("code is text, not " + Values.what(value));
        }
        // Python is parsed by python3 when the check runs: starting a process per keystroke is not worth it
        return code.strip().startsWith(FILE) ? file(code.strip(), List.of(".py")) : Optional.empty();
    }

    /** {@code file://path.ext[:function]} with one of the extensions. */
    static Optional<String> file(String reference, List<String> extensions) {
        String path = reference.substring(FILE.length());
        int colon = path.lastIndexOf(':');
        if (colon > 1) {
            path = path.substring(0, colon);
        }
        String name = path.toLowerCase(Locale.ROOT);
        if (path.isBlank()) {
            return Optional.of("names no file after file://");
        }
        return extensions.stream().anyMatch(name::endsWith) ? Optional.empty()
                : Optional.of("the file must end in " + String.join(", ", extensions));
    }

    static Optional<String> url(Object value) {
        if (!(value instanceof String text)) {
            return Optional.of("a URL is text, not " + Values.what(value));
        }
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return Optional.of("'" + text.strip() + "' is not an http or https address");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("'" + text.strip() + "' is not a URL: " + e.getReason());
        }
    }

    static Optional<String> finishReason(Object value) {
        String reason = String.valueOf(value).strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return FINISH_REASONS.contains(reason) ? Optional.empty()
                : Optional.of("'" + value + "' is not a finish reason: stop, length, content_filter, tool or other");
    }

    /** {@code "$.total"} or {@code {path: "$.total", equals: 42}}. */
    static Optional<String> jsonPath(Object value) {
        Object path = value instanceof Map<?, ?> map ? map.get("path") : value;
        if (!(path instanceof String text) || text.isBlank()) {
            return Optional.of("needs a path: \"$.total\" or {path: \"$.total\", equals: 42}");
        }
        try {
            JsonPath.compile(text);
            return Optional.empty();
        } catch (InvalidPathException | IllegalArgumentException e) {
            return Optional.of("the JSONPath '" + text + "' is not valid: " + e.getMessage());
        }
    }
}
