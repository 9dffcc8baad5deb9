package dev.promptsmith.check.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one check type is edited.
 *
 * @param type        the type as written, without {@code not-}
 * @param description one sentence, the type's own
 * @param group       its family, for ordering a picker
 * @param example     a whole check of the type as a suite writes it
 * @param value       its {@code value}
 * @param threshold   what its {@code threshold} means, or {@code null} when it has none
 * @param negatable   whether {@code not-} means something for it
 */
public record CheckForm(String type, String description, CheckGroup group, Map<String, Object> example,
                        ValueField value, Threshold threshold, boolean negatable) {

    public CheckForm {
        example = Collections.unmodifiableMap(new LinkedHashMap<>(example));
    }

    public boolean hasThreshold() {
        return threshold != null;
    }
}
