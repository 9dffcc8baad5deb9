package dev.promptsmith.suite;

import dev.promptsmith.check.CheckRegistry;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.types.CheckTypes;
import dev.promptsmith.shared.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A suite's checks as the store keeps them, each as written (JSON text, as before checks were
 * read when a suite is), and read back once into specs when a stored version is.
 */
final class SuiteChecks {

    /** Knows the type names: which are unknown, and which begin with {@code not-} themselves. */
    static final CheckRegistry TYPES = CheckTypes.namesOnly();

    private SuiteChecks() {
    }

    static String write(List<CheckSpec> checks) {
        return Json.write(checks.stream().map(CheckSpec::config).toList());
    }

    /**
     * @param file the file the checks are written in, or {@code null}
     * @param line where their test starts: a stored check keeps no line of its own
     */
    static List<CheckSpec> read(String json, String file, int line) {
        return read(Json.readList(json), file, line);
    }

    /** Checks as written (mappings; anything else is skipped, as a suite with one is not stored). */
    static List<CheckSpec> read(List<?> written, String file, int line) {
        List<CheckSpec> checks = new ArrayList<>(written.size());
        for (Object check : written) {
            if (check instanceof Map<?, ?> map) {
                checks.add(CheckSpec.of(Problems.plain(map), TYPES.types(), file, line));
            }
        }
        return checks;
    }
}
