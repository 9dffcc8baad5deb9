package dev.promptsmith.suite;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the providers a suite runs its prompts on, as promptfoo writes it.
 *
 * @param label     what reports call it; {@code null} to use the id
 * @param config    the provider's {@code config}: base URL, key variable and every request option
 * @param prompts   the labels or ids of the prompts it runs ({@code prefix*} allowed); {@code null} for all
 * @param transform what turns its outputs into what the checks see (JavaScript, {@code file://}); {@code null} for none
 * @param file      the file it is written in; {@code null} when it was read back from the database
 * @param line      where it is written; 0 when unknown
 */
public record SuiteProvider(String id, String label, Map<String, Object> config, List<String> prompts,
                            Object transform, String file, int line) {

    public SuiteProvider {
        config = config == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(config));
        prompts = prompts == null ? null : List.copyOf(prompts);
    }

    /** A provider given by its id alone. */
    public static SuiteProvider ofId(String id) {
        return new SuiteProvider(id, null, Map.of(), null, null, null, 0);
    }

    /** A provider entry as a suite file (or the database) holds it: {id, label, config, prompts, transform}. */
    @SuppressWarnings("unchecked")
    public static SuiteProvider of(Map<String, Object> entry, String file, int line) {
        Object label = entry.get("label");
        return new SuiteProvider(String.valueOf(entry.get("id")).strip(), label == null ? null : label.toString(),
                entry.get("config") instanceof Map<?, ?> config ? (Map<String, Object>) config : Map.of(),
                entry.get("prompts") instanceof List<?> refs ? refs.stream().map(String::valueOf).toList() : null,
                entry.get("transform"), file, line);
    }

    /** The entry as a suite file writes it, for the database. */
    public Map<String, Object> entry() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", id);
        if (label != null) {
            entry.put("label", label);
        }
        if (!config.isEmpty()) {
            entry.put("config", config);
        }
        if (prompts != null) {
            entry.put("prompts", prompts);
        }
        if (transform != null) {
            entry.put("transform", transform);
        }
        return entry;
    }

    /** Where it is written, {@code file:line}, or {@code fallback} when that is not known. */
    public String where(String fallback) {
        if (file == null) {
            return fallback;
        }
        return line > 0 ? file + ":" + line : file;
    }
}
