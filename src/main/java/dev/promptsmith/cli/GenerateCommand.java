package dev.promptsmith.cli;

import dev.promptsmith.generate.DraftedCase;
import dev.promptsmith.generate.FolderMetaPrompts;
import dev.promptsmith.generate.GeneratedFiles;
import dev.promptsmith.generate.Generation;
import dev.promptsmith.generate.Generator;
import dev.promptsmith.generate.Task;
import dev.promptsmith.model.EnvironmentApiKeys;
import dev.promptsmith.model.LangChainGateway;
import dev.promptsmith.model.ModelException;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.PriceTable;
import dev.promptsmith.model.ProviderIds;
import dev.promptsmith.prompt.PromptEditor;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.shared.LocatedYaml;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Drafts a prompt and its suite from a task description with a model, and writes them as
 * {@code prompts/NAME.prompty} and {@code testcases/NAME.yaml}. Exit 0 when all was written; 1 when the answer had
 * problems (listed: the files hold what was valid, or nothing when the prompt itself was not); 2 when nothing could
 * be asked or written (a file exists, the model cannot be reached, the options are wrong).
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Drafts a prompt and test cases for a task with a model and writes prompts/NAME.prompty and "
                + "testcases/NAME.yaml (never over existing files). The instructions are the workspace's "
                + "prompts/promptsmith-generate-*.prompty, else the built-in ones. Exit code 0: written; 1: parts of "
                + "the answer had problems (listed, left out); 2: nothing could be generated or written.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--task", required = true, paramLabel = "TEXT", description = "What the prompt is to do.")
    private String task;

    @Option(names = "--model", required = true, paramLabel = "ID",
            description = "The provider id of the model that drafts, e.g. openai:chat:gpt-4o-mini.")
    private String model;

    @Option(names = "--name", paramLabel = "NAME",
            description = "The prompt's and the suite's file name (default: from the task's first words).")
    private String name;

    @Option(names = "--examples", paramLabel = "FILE",
            description = "A YAML or JSON list of examples, each with input and output.")
    private Path examples;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".",
            description = "The workspace that holds prompts/ and testcases/ (default: the current folder).")
    private Path dir;

    // a longer default than the other commands: one answer drafts a prompt and its whole suite
    @Mixin
    private ModelCallOptions modelCalls = new ModelCallOptions(Duration.ofSeconds(300));

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return generate(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int generate(PrintWriter out, PrintWriter err) {
        String key = name == null || name.isBlank() ? nameOf(task) : name.strip();
        GeneratedFiles files = new GeneratedFiles(dir, new PromptEditor());
        var refusal = files.refusal(key);
        if (refusal.isPresent()) {
            err.println("generate: " + refusal.get());
            return 2;
        }
        List<Task.Example> given;
        ModelTarget target;
        try {
            given = examples == null ? List.of() : examples(examples);
            String baseUrl = modelCalls.providerBaseUrl();
            target = ProviderIds.parse(model.strip(), null,
                    baseUrl == null ? Map.of() : Map.of("apiBaseUrl", baseUrl.strip()));
        } catch (InvalidFileException e) {
            e.problems().forEach(problem -> err.println(problem));
            return 2;
        } catch (IOException | IllegalArgumentException e) {
            err.println("generate: " + e.getMessage());
            return 2;
        }
        Generation generation;
        try (LangChainGateway gateway = new LangChainGateway(new EnvironmentApiKeys(System::getenv, List.of(target)),
                new PriceTable(), modelCalls.timeout())) {
            Generator generator = new Generator(new FolderMetaPrompts(dir), gateway, new PromptEditor());
            generation = generator.generate(new Task(task, given, key), target);
        } catch (ModelException | IllegalStateException | IllegalArgumentException e) {
            err.println("generate: " + e.getMessage());
            return 2;
        }
        generation.allProblems().forEach(problem -> err.println("generate: " + problem));
        boolean promptUsable = generation.prompt().isPresent()
                && generation.problems().stream().noneMatch(p -> p.where().endsWith("message"));
        if (!promptUsable) {
            err.println("generate: no prompt could be read from the answer; nothing was written");
            return 1;
        }
        List<DraftedCase> kept = generation.cases().stream().filter(DraftedCase::valid).toList();
        try {
            // the suite runs on the model that drafted it, at the same server
            String baseUrl = modelCalls.providerBaseUrl();
            files.write(generation.prompt().get(), kept, List.of(baseUrl == null ? model.strip()
                    : Map.of("id", model.strip(), "config", Map.of("apiBaseUrl", baseUrl.strip()))));
        } catch (IOException e) {
            err.println("generate: " + e.getMessage());
            return 2;
        }
        out.println("Wrote " + dir.resolve(GeneratedFiles.promptPath(key)) + " (variables: "
                + (generation.variables().isEmpty() ? "none" : String.join(", ", generation.variables())) + ")");
        out.println("Wrote " + dir.resolve("testcases/" + key + ".yaml") + " with " + kept.size() + " case"
                + (kept.size() == 1 ? "" : "s") + kinds(kept)
                + (kept.size() < generation.cases().size()
                        ? "; " + (generation.cases().size() - kept.size()) + " left out for their problems" : ""));
        return generation.allProblems().isEmpty() ? 0 : 1;
    }

    private static String kinds(List<DraftedCase> cases) {
        if (cases.isEmpty()) {
            return "";
        }
        return cases.stream().collect(Collectors.groupingBy(DraftedCase::kind, java.util.TreeMap::new,
                        Collectors.counting())).entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ", " (", ")"));
    }

    /** {@code Classify support tickets by urgency} becomes {@code classify-support-tickets-by}. */
    static String nameOf(String task) {
        String words = java.util.Arrays.stream(task.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(word -> !word.isEmpty()).limit(4).collect(Collectors.joining("-"));
        return words.isEmpty() ? "generated" : words;
    }

    private static List<Task.Example> examples(Path file) throws IOException, InvalidFileException {
        String text = Files.readString(file);
        Object root = LocatedYaml.read(file.toString(), text, 0).root();
        List<Task.Example> found = new ArrayList<>();
        if (!(root instanceof List<?> list)) {
            throw new InvalidFileException(file.toString(), 1, "the examples are a list of {input, output}");
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> example) || example.get("input") == null
                    || example.get("output") == null) {
                throw new InvalidFileException(file.toString(), 1, "example " + (i + 1) + " needs an input and an output");
            }
            found.add(new Task.Example(String.valueOf(example.get("input")), String.valueOf(example.get("output"))));
        }
        return found;
    }
}
