package dev.promptsmith.shared;

import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON for values stored in text columns: plain maps and lists in, the same out. */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    // "a": 1 as people write it (and JSON.stringify does), not Jackson's default "a" : 1
    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)))
            .build();

    private Json() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** JSON for people to read: indented by two spaces, {@code "a": 1}; every screen and report prints it so. */
    public static String pretty(Object value) {
        return PRETTY.writeValueAsString(value);
    }

    public static Map<String, Object> readObject(String json) {
        return MAPPER.readValue(json, new TypeReference<Map<String, Object>>() { });
    }

    public static List<Object> readList(String json) {
        return MAPPER.readValue(json, new TypeReference<List<Object>>() { });
    }

    public static List<Map<String, Object>> readObjects(String json) {
        return MAPPER.readValue(json, new TypeReference<List<Map<String, Object>>>() { });
    }
}
