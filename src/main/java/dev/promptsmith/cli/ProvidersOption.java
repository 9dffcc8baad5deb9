package dev.promptsmith.cli;

import dev.promptsmith.shared.InputLimits;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.shared.TextFile;
import dev.promptsmith.suite.SuiteParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The providers given to {@code run} on the command line, as promptfoo's {@code --providers}: each
 * a provider id, or a YAML file of providers ({@code file://} optional). A base URL given with them
 * goes to those given by id.
 */
final class ProvidersOption {

    private ProvidersOption() {
    }

    /** The provider entries, as a suite's {@code providers} would hold them. */
    static List<Map<String, Object>> entries(List<String> given, String baseUrl, InputLimits limits) {
        List<Map<String, Object>> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean byId = false;
        for (String value : given) {
            String spec = value.strip();
            Path path = Path.of(spec.startsWith("file://") ? spec.substring("file://".length()) : spec);
            if (spec.startsWith("file://") || spec.matches(".*\\.ya?ml") && Files.isRegularFile(path)) {
                try {
                    Path absolute = path.toAbsolutePath().normalize();
                    String text = TextFile.read(absolute.getParent(), absolute, spec, limits.maxFileSize());
                    entries.addAll(new SuiteParser().parseProviders(spec, text));
                } catch (InvalidFileException e) {
                    e.problems().forEach(problem -> problems.add(problem.toString()));
                }
            } else {
                byId = true;
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", spec);
                if (baseUrl != null && !baseUrl.isBlank()) {
                    entry.put("config", Map.of("apiBaseUrl", baseUrl.strip()));
                }
                entries.add(entry);
            }
        }
        if (baseUrl != null && !byId) {
            problems.add("run: --provider-base-url is the base URL of providers given by id with --providers, "
                    + "and none is given");
        }
        if (!problems.isEmpty()) {
            throw new SuiteFile.Unrunnable(problems);
        }
        return entries;
    }
}
