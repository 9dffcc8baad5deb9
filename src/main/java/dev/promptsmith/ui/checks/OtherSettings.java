package dev.promptsmith.ui.checks;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of a check the form has no field of its own for ({@code provider}, {@code config},
 * {@code transform}, an assert-set's {@code assert} ...) as YAML, kept exactly as given until
 * the text is changed. A threshold or weight that is not a number shows here too, so that nothing
 * the check holds is hidden.
 */
final class OtherSettings {

    private static final List<String> TEXT_KEYS = List.of("type", "value", "metric");
    private static final List<String> NUMBER_KEYS = List.of("threshold", "weight");

    private final TextArea area = new TextArea("Other settings (YAML), e.g. provider, config, transform");
    private final Map<String, Object> given;
    private final String givenText;

    OtherSettings(Map<String, ?> check) {
        given = others(check);
        givenText = YamlText.write(given);
        area.setId("check-settings");
        area.setWidthFull();
        area.addClassName("code-text");
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setManualValidation(true);
        area.setValue(givenText);
    }

    TextArea field() {
        return area;
    }

    /** The settings as typed; as given while the text cannot be read. */
    Map<String, Object> value() {
        if (unchanged() || problem().isPresent()) {
            return given;
        }
        return others(area.getValue().isBlank() ? Map.of() : (Map<?, ?>) YamlText.read(area.getValue()));
    }

    /** Why the text cannot be read as settings; empty when it can. */
    Optional<String> problem() {
        if (area.getValue().isBlank() || unchanged()) {
            return Optional.empty();
        }
        try {
            return YamlText.read(area.getValue()) instanceof Map<?, ?> ? Optional.empty()
                    : Optional.of("write settings as a mapping, one per line: provider: openai:gpt-4o-mini");
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private boolean unchanged() {
        return area.getValue().equals(givenText);
    }

    private static Map<String, Object> others(Map<?, ?> check) {
        Map<String, Object> others = new LinkedHashMap<>();
        check.forEach((key, setting) -> {
            String name = String.valueOf(key);
            boolean own = TEXT_KEYS.contains(name) || NUMBER_KEYS.contains(name) && setting instanceof Number;
            if (!own) {
                others.put(name, setting);
            }
        });
        return others;
    }
}
