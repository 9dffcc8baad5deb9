package dev.promptsmith.ui.checks;

import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Values as YAML text in a form, as a suite file writes them; JSON typed in is YAML too. */
final class YamlText {

    private YamlText() {
    }

    static String write(Object value) {
        if (value == null || value instanceof Map<?, ?> map && map.isEmpty()) {
            return "";
        }
        return new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build()).dumpToString(value)
                .stripTrailing();
    }

    /** @throws IllegalArgumentException saying where the text is not YAML */
    static Object read(String text) {
        try {
            return new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build()).loadFromString(text);
        } catch (YamlEngineException e) {
            String why = e.getMessage().replaceAll("\\s+", " ").strip();
            throw new IllegalArgumentException("is not valid YAML or JSON: " + why, e);
        }
    }
}
