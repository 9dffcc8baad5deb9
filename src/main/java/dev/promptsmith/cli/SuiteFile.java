package dev.promptsmith.cli;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.ProviderIds;
import dev.promptsmith.model.secret.KeyVariables;
import dev.promptsmith.model.secret.RefusedKeyVariableException;
import dev.promptsmith.script.Scripts;
import dev.promptsmith.shared.InputLimits;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.suite.ResultFile;
import dev.promptsmith.suite.SuiteDocument;
import dev.promptsmith.suite.SuiteProvider;
import dev.promptsmith.suite.SuiteLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A suite file read for the {@code run} command, with everything it references and its models,
 * or the list of reasons it cannot run (file:line where there is one).
 */
record SuiteFile(Path file, SuiteDocument suite, List<ModelTarget> targets) {

    /** The suite cannot be run as written; the problems say why. */
    static final class Unrunnable extends RuntimeException {

        final List<String> problems;

        Unrunnable(List<String> problems) {
            super(problems.getFirst(), null, false, false);
            this.problems = problems;
        }
    }

    // IOException stays declared for the callers, though the files' problems now come as Unrunnable
    static SuiteFile read(Path file, List<String> modelIds) throws IOException {
        return read(file, modelIds, null);
    }

    /**
     * @param providers provider ids or files of providers that replace the suite's, as promptfoo's
     *                  {@code --providers}; empty for the suite's own
     * @param baseUrl   the base URL of the providers given by id, or {@code null}
     */
    static SuiteFile read(Path file, List<String> providers, String baseUrl) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new Unrunnable(List.of("run: " + file + " is not a file"));
        }
        InputLimits limits;
        try {
            limits = InputLimits.configured();
        } catch (IllegalArgumentException e) {
            throw new Unrunnable(List.of("run: " + e.getMessage()));
        }
        SuiteDocument suite;
        try {
            suite = new SuiteLoader(limits).load(workspace(file), file, file.toString());
        } catch (InvalidFileException e) {
            throw new Unrunnable(e.problems().stream().map(Object::toString).toList());
        }
        List<ModelTarget> targets = targets(file, suite, ProvidersOption.entries(providers, baseUrl, limits));
        return new SuiteFile(file, suite, targets);
    }

    /** The folder with the suite's prompts/ and testcases/. */
    Path workspace() {
        return workspace(file);
    }

    /** Runs the suite's scripts: files relative to the suite's folder, inside its workspace. */
    Scripts scripts() {
        return new Scripts(workspace(file), file.toAbsolutePath().normalize().getParent());
    }

    /**
     * The files the suite's {@code outputPath} names, with their formats: relative to the current
     * directory, as promptfoo resolves them, and never inside the workspace's prompts/ or testcases/.
     */
    Map<Path, String> resultFiles() {
        Path workspace = workspace(file);
        Map<Path, String> files = new java.util.LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (ResultFile result : suite.resultFiles()) {
            Path path = Path.of(result.path()).toAbsolutePath().normalize();
            for (String folder : List.of("prompts", "testcases")) {
                if (path.startsWith(workspace.resolve(folder))) {
                    problems.add(file + ":" + result.line() + ": outputPath '" + result.path() + "' is inside the "
                            + "workspace's " + folder + "/ folder; write the results elsewhere");
                }
            }
            files.put(path, result.extension());
        }
        if (!problems.isEmpty()) {
            throw new Unrunnable(problems);
        }
        return files;
    }

    /** The folder with prompts/: the suite's folder's parent when the suite is in testcases/, else its folder. */
    private static Path workspace(Path suiteFile) {
        Path folder = suiteFile.toAbsolutePath().normalize().getParent();
        return folder.getFileName() != null && folder.getFileName().toString().equals("testcases")
                ? folder.getParent() : folder;
    }

    private static List<ModelTarget> targets(Path file, SuiteDocument suite, List<SuiteProvider> given) {
        List<ModelTarget> targets = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<SuiteProvider> providers = given.isEmpty() ? suite.providers() : given;
        KeyVariables variables = KeyVariables.allowing(System.getenv(KeyVariables.VARIABLE));
        for (SuiteProvider provider : providers) {
            try {
                ModelTarget target = ProviderIds.parse(provider.id(), provider.label(), provider.config());
                if (target.apiKeyEnvar() != null) {
                    variables.check(target.apiKeyEnvar());
                }
                targets.add(target);
            } catch (IllegalArgumentException e) {
                problems.add(provider.where(file.toString()) + ": " + e.getMessage());
            } catch (RefusedKeyVariableException e) {
                problems.add(provider.where(file.toString()) + ": provider '" + provider.id() + "': " + e.getMessage());
            }
        }
        if (targets.isEmpty() && problems.isEmpty()) {
            problems.add(file + ": the suite names no providers; add 'providers' or pass --model");
        }
        if (!problems.isEmpty()) {
            throw new Unrunnable(problems);
        }
        return targets;
    }
}
