package dev.promptsmith.cli;

import dev.promptsmith.check.types.CheckTypes;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.ProviderIds;
import dev.promptsmith.model.secret.KeyVariables;
import dev.promptsmith.model.secret.RefusedKeyVariableException;
import dev.promptsmith.prompt.PromptDocument;
import dev.promptsmith.prompt.PromptyParser;
import dev.promptsmith.shared.InputLimits;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.shared.TextFile;
import dev.promptsmith.testcase.PromptRef;
import dev.promptsmith.testcase.SuiteDocument;
import dev.promptsmith.testcase.SuiteParser;
import dev.promptsmith.testcase.TestCaseDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A suite file read for the {@code run} command, with its prompts and models, or the list of
 * reasons it cannot run (file:line where there is one).
 *
 * @param prompts the prompts the suite names, in its order; inline ones included
 * @param paths   where each prompt was read from (the suite file for inline ones)
 */
record SuiteFile(Path file, SuiteDocument suite, List<PromptDocument> prompts, List<String> paths,
                 List<ModelTarget> targets) {

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
        if (!Files.isRegularFile(file)) {
            throw new Unrunnable(List.of("run: " + file + " is not a file"));
        }
        String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        InputLimits limits;
        try {
            limits = InputLimits.configured();
        } catch (IllegalArgumentException e) {
            throw new Unrunnable(List.of("run: " + e.getMessage()));
        }
        SuiteDocument suite;
        try {
            String text = TextFile.read(workspace(file), file, file.toString(), limits.maxFileSize());
            suite = new SuiteParser().parse(file.toString(), name, text);
        } catch (InvalidFileException e) {
            throw new Unrunnable(e.problems().stream().map(Object::toString).toList());
        }
        List<PromptDocument> prompts = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        readPrompts(file, suite, limits, prompts, paths);
        List<ModelTarget> targets = targets(file, suite, modelIds);
        checkTypes(file, suite);
        return new SuiteFile(file, suite, prompts, paths, targets);
    }

    /** The folder with prompts/: the suite's folder's parent when the suite is in testcases/, else its folder. */
    private static Path workspace(Path suiteFile) {
        Path folder = suiteFile.toAbsolutePath().normalize().getParent();
        return folder.getFileName() != null && folder.getFileName().toString().equals("testcases")
                ? folder.getParent() : folder;
    }

    private static void readPrompts(Path file, SuiteDocument suite, InputLimits limits, List<PromptDocument> prompts,
                                    List<String> paths) {
        PromptyParser parser = new PromptyParser(limits);
        List<String> problems = new ArrayList<>();
        for (PromptRef ref : suite.prompts()) {
            try {
                if (ref.inline()) {
                    prompts.add(parser.parseInline(file.toString(), ref.line(), ref.promptName(), ref.inlineText()));
                    paths.add(file.toString());
                    continue;
                }
                Path prompt = workspace(file).resolve("prompts").resolve(ref.promptName() + PromptyParser.EXTENSION);
                if (!Files.isRegularFile(prompt)) {
                    problems.add(file + ":" + ref.line() + ": prompt '" + ref.promptName() + "' is not in " + prompt);
                    continue;
                }
                String text = TextFile.read(workspace(file), prompt, prompt.toString(), limits.maxFileSize());
                prompts.add(parser.parse(prompt.toString(), ref.promptName(), text));
                paths.add(prompt.toString());
            } catch (InvalidFileException e) {
                e.problems().forEach(p -> problems.add(p.toString()));
            }
        }
        if (!problems.isEmpty()) {
            throw new Unrunnable(problems);
        }
    }

    private static List<ModelTarget> targets(Path file, SuiteDocument suite, List<String> modelIds) {
        List<ModelTarget> targets = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Map<String, Object>> providers = modelIds.isEmpty() ? suite.providers()
                : modelIds.stream().map(id -> Map.<String, Object>of("id", id)).toList();
        KeyVariables variables = KeyVariables.allowing(System.getenv(KeyVariables.VARIABLE));
        for (Map<String, Object> provider : providers) {
            try {
                ModelTarget target = ProviderIds.parse(provider);
                if (target.apiKeyEnvar() != null) {
                    variables.check(target.apiKeyEnvar());
                }
                targets.add(target);
            } catch (IllegalArgumentException e) {
                problems.add(file + ": " + e.getMessage());
            } catch (RefusedKeyVariableException e) {
                problems.add(file + ": provider '" + provider.get("id") + "': " + e.getMessage());
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

    private static void checkTypes(Path file, SuiteDocument suite) {
        var registry = CheckTypes.namesOnly();
        List<String> problems = new ArrayList<>();
        if (suite.defaultTest().get("assert") instanceof List<?> defaults) {
            for (Object check : defaults) {
                registry.problems(check).forEach(message -> problems.add(file + ": defaultTest: " + message));
            }
        }
        for (TestCaseDefinition test : suite.tests()) {
            for (Map<String, Object> check : test.checks()) {
                registry.problems(check).forEach(message -> problems.add(file + ":" + test.line() + ": test "
                        + (test.position() + 1) + ": " + message));
            }
        }
        if (!problems.isEmpty()) {
            throw new Unrunnable(problems.stream().distinct().toList());
        }
    }
}
