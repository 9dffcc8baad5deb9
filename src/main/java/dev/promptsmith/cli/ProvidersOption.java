package dev.promptsmith.cli;

import dev.promptsmith.shared.InputLimits;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.shared.TextFile;
import dev.promptsmith.suite.SuiteParser;
import dev.promptsmith.suite.SuiteProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** The providers, as a suite's {@code providers} would hold them; those given by id are placed at {@code --providers ID}. */
    static List<SuiteProvider> entries(List<String> given, String baseUrl, InputLimits limits) {
        List<SuiteProvider> entries = new ArrayList<>();
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
                Map<String, Object> config = baseUrl == null || baseUrl.isBlank() ? Map.of()
                        : Map.of("apiBaseUrl", baseUrl.strip());
                entries.add(new SuiteProvider(spec, null, config, null, null, "--providers " + spec, 0));
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
