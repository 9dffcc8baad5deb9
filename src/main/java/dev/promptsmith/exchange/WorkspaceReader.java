package dev.promptsmith.exchange;

import dev.promptsmith.prompt.PromptDocument;
import dev.promptsmith.prompt.PromptsFolder;
import dev.promptsmith.prompt.PromptyParser;
import dev.promptsmith.shared.FileProblem;
import dev.promptsmith.shared.InputLimits;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.shared.TextFile;
import dev.promptsmith.suite.SuiteDocument;
import dev.promptsmith.suite.SuiteLoader;
import dev.promptsmith.suite.SuitesFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final SuiteLoader suiteLoader;
    private final InputLimits limits;

    WorkspaceReader(InputLimits limits) {
        this.limits = limits;
        this.promptParser = new PromptyParser(limits);
        this.suiteLoader = new SuiteLoader(limits);
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
        Map<String, List<FileProblem>> unreadable = new LinkedHashMap<>();
        for (Path file : list(workspace, SuitesFolder.NAME, SuitesFolder::files, errors)) {
            String path = display(workspace, file);
            try {
                suites.add(new Parsed<>(path, suiteLoader.load(workspace, file, path)));
            } catch (InvalidFileException e) {
                unreadable.put(path, e.problems());
            }
        }
        // a file of tests that a suite names sits in testcases/ too, but is not a suite of its own
        Set<String> referenced = new HashSet<>();
        suites.forEach(suite -> referenced.addAll(suite.document().files()));
        suites.removeIf(suite -> referenced.contains(suite.path()));
        unreadable.forEach((path, problems) -> {
            if (!referenced.contains(path)) {
                errors.addAll(problems);
            }
        });
        suites.forEach(suite -> warnings.addAll(suite.document().warnings()));
        // a broken prompt file is reported once, though the suites that name it read it too
        return new Scan(prompts, suites, broken, errors.stream().distinct().toList(), warnings);
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
