package dev.promptsmith.exchange;

import dev.promptsmith.prompt.PromptDocument;
import dev.promptsmith.prompt.PromptsFolder;
import dev.promptsmith.prompt.PromptyParser;
import dev.promptsmith.shared.FileProblem;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.testcase.SuiteDocument;
import dev.promptsmith.testcase.SuiteParser;
import dev.promptsmith.testcase.SuitesFolder;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads and parses every prompt and suite file of a workspace, collecting problems per file. */
final class WorkspaceReader {

    /** A file that parsed, with the path a person knows it by. */
    record Parsed<T>(String path, T document) {
    }

    /** Everything read from a workspace. {@code brokenPrompts} are names whose files did not parse. */
    record Scan(List<Parsed<PromptDocument>> prompts, List<Parsed<SuiteDocument>> suites, Set<String> brokenPrompts,
                List<FileProblem> errors, List<FileProblem> warnings) {
    }

    private final PromptyParser promptParser = new PromptyParser();
    private final SuiteParser suiteParser = new SuiteParser();

    Scan read(Path workspace) {
        List<Parsed<PromptDocument>> prompts = new ArrayList<>();
        List<Parsed<SuiteDocument>> suites = new ArrayList<>();
        Set<String> broken = new HashSet<>();
        List<FileProblem> errors = new ArrayList<>();
        List<FileProblem> warnings = new ArrayList<>();
        for (Path file : list(workspace, PromptsFolder.NAME, PromptsFolder::files, errors)) {
            String path = display(workspace, file);
            try {
                prompts.add(new Parsed<>(path, promptParser.parse(path, PromptsFolder.promptName(file), text(file, path))));
            } catch (InvalidFileException e) {
                broken.add(PromptsFolder.promptName(file));
                errors.addAll(e.problems());
            }
        }
        for (Path file : list(workspace, SuitesFolder.NAME, SuitesFolder::files, errors)) {
            String path = display(workspace, file);
            try {
                SuiteDocument suite = suiteParser.parse(path, SuitesFolder.suiteName(file), text(file, path));
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

    private static String text(Path file, String path) throws InvalidFileException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidFileException(path, 0, "the file is not UTF-8 text");
        } catch (IOException e) {
            throw new InvalidFileException(path, 0, "cannot read the file: " + e.getMessage());
        }
    }

    static String display(Path workspace, Path file) {
        return workspace.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
    }
}
