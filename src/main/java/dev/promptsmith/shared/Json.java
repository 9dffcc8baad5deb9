package dev.promptsmith.shared;

import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** JSON for values stored in text columns: plain maps and lists in, the same out. */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
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
