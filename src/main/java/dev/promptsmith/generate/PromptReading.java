package dev.promptsmith.generate;

import dev.promptsmith.prompt.DraftCheck;
import dev.promptsmith.prompt.PromptDraft;
import dev.promptsmith.prompt.PromptEditor;
import dev.promptsmith.shared.Json;
import dev.promptsmith.shared.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A prompt as a model answered it ({@code system}, {@code user}, parameters, {@code json_schema}, {@code sample})
 * read into an editor draft, and checked as the editor checks one: a template that does not parse is reported at
 * its message, line and column.
 */
final class PromptReading {

    private final PromptEditor editor;

    PromptReading(PromptEditor editor) {
        this.editor = editor;
    }

    /** A draft read, with its variables and problems. */
    record Read(Optional<PromptDraft> draft, List<String> variables, List<Problem> problems) {
    }

    /**
     * @param base the prompt the answer revises (its name, title, sample and the rest of its file kept), or a new
     *             prompt's name and title, which the answer's {@code title}, {@code description} and {@code sample}
     *             then give
     */
    Read read(Map<String, Object> answer, PromptDraft base, boolean fresh) {
        List<Problem> problems = new ArrayList<>();
        String user = text(answer, "user", problems);
        String system = answer.get("system") == null ? "" : text(answer, "system", problems);
        if (user == null || user.isBlank()) {
            problems.add(new Problem("prompt", "the answer has no user message (key \"user\")"));
            return new Read(Optional.empty(), List.of(), problems);
        }
        List<PromptDraft.Message> messages = new ArrayList<>();
        if (system != null && !system.isBlank()) {
            messages.add(new PromptDraft.Message(Role.SYSTEM, system.strip()));
        }
        messages.add(new PromptDraft.Message(Role.USER, user.strip()));
        String title = base.title();
        String description = base.description();
        Map<String, Object> sample = base.sample();
        if (fresh) {
            title = orElse(text(answer, "title", problems), base.title());
            description = orElse(text(answer, "description", problems), "");
            sample = sample(answer.get("sample"), problems);
        }
        PromptDraft draft = new PromptDraft(base.name(), title, description, messages,
                parameters(answer, problems), sample, base.header(), base.frontMatter());
        DraftCheck check = editor.check(draft);
        for (DraftCheck.Problem problem : check.problems()) {
            String where = problem.message() < 0 ? "prompt"
                    : "prompt, " + messages.get(problem.message()).role().wireName() + " message";
            problems.add(new Problem(where, problem.describe()));
        }
        if (check.valid()) {
            for (String variable : check.variables()) {
                if (!draft.sample().containsKey(variable)) {
                    problems.add(new Problem("prompt, sample", "no sample value for the variable '" + variable + "'"));
                }
            }
        }
        return new Read(Optional.of(draft), check.variables(), problems);
    }

    private static PromptDraft.Parameters parameters(Map<String, Object> answer, List<Problem> problems) {
        Double temperature = null;
        if (answer.get("temperature") instanceof Number n) {
            temperature = n.doubleValue();
            if (temperature < 0 || temperature > 2) {
                problems.add(new Problem("prompt, temperature", temperature + " is not between 0 and 2; left out"));
                temperature = null;
            }
        }
        Integer maxTokens = null;
        if (answer.get("max_tokens") instanceof Number n) {
            maxTokens = n.intValue();
            if (maxTokens <= 0) {
                problems.add(new Problem("prompt, max_tokens", maxTokens + " is not a positive number; left out"));
                maxTokens = null;
            }
        }
        String format = answer.get("response_format") == null ? "text" : String.valueOf(answer.get("response_format"));
        Object schema = answer.get("json_schema");
        return switch (format) {
            case "json_schema" -> {
                if (schema instanceof Map<?, ?> map && !map.isEmpty()) {
                    yield new PromptDraft.Parameters(temperature, maxTokens, PromptDraft.ResponseFormat.JSON_SCHEMA,
                            Json.pretty(map));
                }
                problems.add(new Problem("prompt, json_schema", "the response format is json_schema but no schema "
                        + "(a JSON object) was given; the prompt asks for any JSON object instead"));
                yield new PromptDraft.Parameters(temperature, maxTokens, PromptDraft.ResponseFormat.JSON, "");
            }
            case "json_object", "json" -> new PromptDraft.Parameters(temperature, maxTokens,
                    PromptDraft.ResponseFormat.JSON, "");
            case "text" -> new PromptDraft.Parameters(temperature, maxTokens, PromptDraft.ResponseFormat.TEXT, "");
            default -> {
                problems.add(new Problem("prompt, response_format", "'" + format
                        + "' is not text, json_object or json_schema; text is used"));
                yield new PromptDraft.Parameters(temperature, maxTokens, PromptDraft.ResponseFormat.TEXT, "");
            }
        };
    }

    private static Map<String, Object> sample(Object value, List<Problem> problems) {
        Map<String, Object> sample = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> sample.put(String.valueOf(k), v));
        } else if (value != null) {
            problems.add(new Problem("prompt, sample", "is " + Json.write(value) + ", not an object of values by variable"));
        }
        return sample;
    }

    private static String text(Map<String, Object> answer, String key, List<Problem> problems) {
        Object value = answer.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        problems.add(new Problem("prompt, " + key, "is " + Json.write(value) + ", not text"));
        return null;
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
