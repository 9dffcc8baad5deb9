package dev.promptsmith.suiteedit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Writes a top-level section of a suite file in block style, as people write suites: list items
 * indented under their key, text of several lines as a literal block, text that YAML 1.2 would
 * read as a number or a boolean quoted.
 */
public final class BlockYaml {

    private static final Dump YAML = new Dump(DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setDefaultScalarStyle(ScalarStyle.PLAIN)
            .setSchema(new CoreSchema())
            .setWidth(Integer.MAX_VALUE)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .build());

    private BlockYaml() {
    }

    /** {@code key:} and its value, ending with a line break. */
    static String section(String key, Object value) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put(key, PlainValues.copy(value));
        return YAML.dumpToString(section);
    }

    /** A whole document of sections, in their order. */
    public static String document(Map<String, Object> sections) {
        return YAML.dumpToString(PlainValues.copy(sections));
    }
}
