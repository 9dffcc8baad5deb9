package dev.promptsmith.prompt;

import dev.promptsmith.shared.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a draft as a {@code .prompty} file that {@link PromptyParser} reads back to the same
 * messages, parameters and samples: the front matter as YAML 1.2 (quoted where the core schema
 * would read text as a number or a boolean; the comments and key order of the file it was read from
 * kept, see {@link FrontMatterYaml}), then each message under its role line.
 */
final class PromptyWriter {

    String write(PromptDraft draft) {
        return "---\n" + FrontMatterYaml.write(draft.frontMatter(), frontMatter(draft)) + "---\n"
                + body(draft.messages());
    }

    private static Map<String, Object> frontMatter(PromptDraft draft) {
        // a new prompt starts with its name and description; a prompt read from a file keeps its keys' order
        Map<String, Object> header = new LinkedHashMap<>();
        if (draft.header().isEmpty()) {
            header.put("name", draft.title());
            header.put("description", draft.description());
        }
        header.putAll(draft.header());
        header.put("name", draft.title());
        if (draft.description().isBlank()) {
            header.remove("description");
        } else {
            header.put("description", draft.description());
        }
        Map<String, Object> model = header.get("model") instanceof Map<?, ?> m ? copy(m) : new LinkedHashMap<>();
        Map<String, Object> parameters = model.get("parameters") instanceof Map<?, ?> p ? copy(p) : new LinkedHashMap<>();
        PromptDraft.Parameters edited = draft.parameters();
        putOrRemove(parameters, "temperature", edited.temperature());
        putOrRemove(parameters, "max_tokens", edited.maxTokens());
        putOrRemove(parameters, "response_format", responseFormat(draft));
        putOrRemove(model, "parameters", parameters.isEmpty() ? null : parameters);
        putOrRemove(header, "model", model.isEmpty() ? null : model);
        putOrRemove(header, "sample", draft.sample().isEmpty() ? null : new LinkedHashMap<>(draft.sample()));
        return header;
    }

    private static Object responseFormat(PromptDraft draft) {
        PromptDraft.Parameters parameters = draft.parameters();
        return switch (parameters.format()) {
            case TEXT -> null;
            case JSON -> Map.of("type", PromptDraft.ResponseFormat.JSON.wireName());
            case JSON_SCHEMA -> {
                Map<String, Object> schema = new LinkedHashMap<>();
                schema.put("name", draft.name());
                schema.put("schema", Json.readObject(parameters.jsonSchema()));
                Map<String, Object> format = new LinkedHashMap<>();
                format.put("type", PromptDraft.ResponseFormat.JSON_SCHEMA.wireName());
                format.put("json_schema", schema);
                yield format;
            }
        };
    }

    private static String body(List<PromptDraft.Message> messages) {
        return messages.stream()
                .map(message -> message.role().wireName() + ":\n" + message.text().strip() + "\n")
                .collect(Collectors.joining("\n"));
    }

    private static void putOrRemove(Map<String, Object> map, String key, Object value) {
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }

    private static Map<String, Object> copy(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }
}
