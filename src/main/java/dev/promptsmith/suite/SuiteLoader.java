package dev.promptsmith.suite;

import dev.promptsmith.prompt.PromptyParser;
import dev.promptsmith.shared.InputLimits;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.shared.TextFile;
import java.nio.file.Path;

/**
 * The one way a suite file enters Promptsmith (the start-up import, {@code run},
 * {@code check-files}): the file and everything it references, read into a {@link SuiteDocument},
 * or every problem as {@code file:line: message}.
 */
public final class SuiteLoader {

    private final InputLimits limits;
    private final PromptyParser prompts;

    public SuiteLoader(InputLimits limits) {
        this.limits = limits;
        this.prompts = new PromptyParser(limits);
    }

    /**
     * @param workspace the folder with {@code prompts/} and {@code testcases/}; no file outside it is read
     * @param file      the suite file
     * @param shown     the suite file as problems name it
     */
    public SuiteDocument load(Path workspace, Path file, String shown) throws InvalidFileException {
        return load(workspace, file, shown, TextFile.read(workspace, file, shown, limits.maxFileSize()));
    }

    /**
     * Reads {@code text} as if it were the suite file {@code file}, before it is written there: its
     * references are read relative to that file.
     */
    public SuiteDocument load(Path workspace, Path file, String shown, String text) throws InvalidFileException {
        return new SuiteParser(new SuiteFiles(workspace, file, limits.maxFileSize()), prompts)
                .parse(shown, SuitesFolder.suiteName(file), text);
    }
}
