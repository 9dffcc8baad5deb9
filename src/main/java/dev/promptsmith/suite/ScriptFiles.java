package dev.promptsmith.suite;

import dev.promptsmith.shared.InvalidFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The script files a suite's options name ({@code transformVars: file://x.js[:function]} or
 * {@code .py}), read when the suite is, so a changed script is a new suite version and a missing
 * one a problem at its line. They run from the workspace where the suite runs.
 */
final class ScriptFiles {

    static final String TRANSFORM_VARS = "transformVars";
    private static final List<String> EXTENSIONS = List.of(".js", ".cjs", ".mjs", ".py");

    private ScriptFiles() {
    }

    /** Checks and reads the {@code transformVars} script of a test's (or defaultTest's) written options, if any. */
    static void readTransformVars(Map<?, ?> options, SuiteFiles files, Problems.Source source, String where) {
        Object value = options.get(TRANSFORM_VARS);
        if (value == null) {
            return;
        }
        int line = source.line(options, TRANSFORM_VARS);
        if (!(value instanceof String written) || written.isBlank()) {
            source.error(line, where + "'transformVars' is inline JavaScript or file://path.js / file://path.py");
            return;
        }
        if (!written.strip().startsWith(SuiteFiles.FILE_PREFIX)) {
            return;
        }
        String reference = SuiteFiles.strip(written.strip());
        int colon = reference.lastIndexOf(':');
        String path = colon > 1 ? reference.substring(0, colon) : reference;
        String lower = path.toLowerCase(Locale.ROOT);
        if (EXTENSIONS.stream().noneMatch(lower::endsWith)) {
            source.error(line, where + "transformVars '" + written.strip() + "': a script file ends in .js, .cjs, "
                    + ".mjs or .py");
            return;
        }
        if (!files.available()) {
            source.error(line, where + "transformVars '" + written.strip() + "' is read from a file; reading files "
                    + "needs the suite's folder");
            return;
        }
        Path file = files.resolve(path);
        if (!Files.isRegularFile(file)) {
            source.error(line, where + "transformVars '" + written.strip() + "': there is no file "
                    + files.display(file));
            return;
        }
        try {
            files.read(file);
        } catch (InvalidFileException e) {
            e.problems().forEach(source::report);
        }
    }
}
