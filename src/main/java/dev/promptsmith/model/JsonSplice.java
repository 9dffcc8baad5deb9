package dev.promptsmith.model;

import dev.promptsmith.shared.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Merges fields into the text of a JSON object as a tree merge would (objects member by member,
 * anything else replaced, new members last), but without reading the object into a tree and
 * writing it out again: a streaming read finds where the members the fields name begin and end,
 * and only those spans of the text change.
 */
final class JsonSplice {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Where a member's value is in the text, and what takes its place. */
    private record Edit(int start, int end, String text) {
    }

    private JsonSplice() {
    }

    /**
     * @param fields the fields to merge in, nested objects as maps
     * @param values each field's value as JSON text, by name
     * @throws tools.jackson.core.JacksonException when {@code object} is not a JSON object
     */
    static String merge(String object, Map<String, ?> fields, Map<String, String> values) {
        Map<String, int[]> spans = new HashMap<>();
        int close;
        boolean members = false;
        try (JsonParser parser = MAPPER.createParser(object)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a JSON object: " + object);
            }
            JsonToken token = parser.nextToken();
            while (token == JsonToken.PROPERTY_NAME) {
                members = true;
                String name = parser.currentName();
                parser.nextToken();
                int start = offset(parser);
                parser.skipChildren();
                token = parser.nextToken();
                if (fields.containsKey(name)) {
                    spans.put(name, new int[] {start, valueEnd(object, offset(parser))});
                }
            }
            if (token != JsonToken.END_OBJECT) {
                throw new IllegalArgumentException("not a JSON object: " + object);
            }
            close = offset(parser);
        }
        List<Edit> edits = new ArrayList<>();
        StringBuilder added = new StringBuilder();
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            String name = field.getKey();
            int[] span = spans.get(name);
            String value = values.get(name);
            if (span == null) {
                added.append(members || !added.isEmpty() ? "," : "").append(Json.write(name)).append(':').append(value);
            } else if (field.getValue() instanceof Map<?, ?> nested && object.charAt(span[0]) == '{') {
                Map<String, Object> inner = new LinkedHashMap<>();
                nested.forEach((k, v) -> inner.put(String.valueOf(k), v));
                Map<String, String> innerValues = new LinkedHashMap<>();
                inner.forEach((k, v) -> innerValues.put(k, Json.write(v)));
                edits.add(new Edit(span[0], span[1], merge(object.substring(span[0], span[1]), inner, innerValues)));
            } else {
                edits.add(new Edit(span[0], span[1], value));
            }
        }
        edits.add(new Edit(close, close, added.toString()));
        edits.sort(Comparator.comparingInt(Edit::start));
        StringBuilder merged = new StringBuilder(object.length() + added.length() + 64);
        int at = 0;
        for (Edit edit : edits) {
            merged.append(object, at, edit.start()).append(edit.text());
            at = edit.end();
        }
        return merged.append(object, at, object.length()).toString();
    }

    private static int offset(JsonParser parser) {
        return (int) parser.currentTokenLocation().getCharOffset();
    }

    /** A value ends before the comma (and white space) that precede the next token. */
    private static int valueEnd(String object, int next) {
        int end = next;
        while (Character.isWhitespace(object.charAt(end - 1))) {
            end--;
        }
        if (object.charAt(end - 1) == ',') {
            end--;
            while (Character.isWhitespace(object.charAt(end - 1))) {
                end--;
            }
        }
        return end;
    }
}
