package dev.promptsmith.exchange;

import dev.promptsmith.prompt.PromptDocument;
import dev.promptsmith.prompt.PromptsFolder;
import dev.promptsmith.prompt.PromptyParser;
import dev.promptsmith.shared.FileProblem;
import dev.promptsmith.shared.InputLimits;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.shared.TextFile;
import dev.promptsmith.suite.SuiteDocument;
import dev.promptsmith.suite.SuiteParser;
import dev.promptsmith.suite.SuitesFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and parses every prompt and suite file of a workspace, collecting problems per file.
 * A file is read only when it stays in the workspace and is within the size limit ({@link TextFile}).
 */
final class WorkspaceReader {

    /** A file that parsed, with the path a person knows it by. */
    record Parsed<T>(String path, T document) {
    }

    /** Everything read from a workspace. {@code brokenPrompts} are names whose files did not parse. */
    record Scan(List<Parsed<PromptDocument>> prompts, List<Parsed<SuiteDocument>> suites, Set<String> brokenPrompts,
                List<FileProblem> errors, List<FileProblem> warnings) {
    }

    private final PromptyParser promptParser;
    private final SuiteParser suiteParser = new SuiteParser();
    private final InputLimits limits;

    WorkspaceReader(InputLimits limits) {
        this.limits = limits;
        this.promptParser = new PromptyParser(limits);
    }

    Scan read(Path workspace) {
        List<Parsed<PromptDocument>> prompts = new ArrayList<>();
        List<Parsed<SuiteDocument>> suites = new ArrayList<>();
        Set<String> broken = new HashSet<>();
        List<FileProblem> errors = new ArrayList<>();
        List<FileProblem> warnings = new ArrayList<>();
        for (Path file : list(workspace, PromptsFolder.NAME, PromptsFolder::files, errors)) {
            String path = display(workspace, file);
            try {
                String text = text(workspace, file, path);
                prompts.add(new Parsed<>(path, promptParser.parse(path, PromptsFolder.promptName(file), text)));
            } catch (InvalidFileException e) {
                broken.add(PromptsFolder.promptName(file));
                errors.addAll(e.problems());
            }
        }
        for (Path file : list(workspace, SuitesFolder.NAME, SuitesFolder::files, errors)) {
            String path = display(workspace, file);
            try {
                SuiteDocument suite = suiteParser.parse(path, SuitesFolder.suiteName(file), text(workspace, file, path));
                suites.add(new Parsed<>(path, suite));
                warnings.addAll(suite.warnings());
            } catch (InvalidFileException e) {
                errors.addAll(e.problems());
            }
        }
        return new Scan(prompts, suites, broken, errors, warnings);
    }

    private interface Lister {
        List<Path> files(Path workspace) throws IOException;
    }

    private static List<Path> list(Path workspace, String folder, Lister lister, List<FileProblem> errors) {
        try {
            return lister.files(workspace);
        } catch (IOException e) {
            errors.add(new FileProblem(folder + "/", 0, "cannot list the folder: " + e.getMessage()));
            return List.of();
        }
    }

    private String text(Path workspace, Path file, String path) throws InvalidFileException {
        return TextFile.read(workspace, file, path, limits.maxFileSize());
    }

    static String display(Path workspace, Path file) {
        return workspace.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
    }
}
