package dev.promptsmith.support;

import dev.promptsmith.PromptsmithApplication;
import dev.promptsmith.simulator.LlmSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port, over a real H2 file database, importing a test
 * workspace: the shipped examples plus files that are broken on purpose. Every test class
 * that extends this shares one Spring context.
 */
@SpringBootTest(classes = PromptsmithApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class AppTest {

    /** A prompt file whose front matter does not parse: it must be reported while the others load. */
    public static final String BROKEN_PROMPT = "prompts/broken-example.prompty";
    /** A prompt whose sample lacks a variable: its preview must name the variable. */
    public static final String UNSAMPLED_PROMPT = "unsampled";

    /** One folder per test JVM: the build runs two side by side ({@code forkCount} in the pom). */
    private static final Path ROOT = Path.of("target", "e2e-workspace" + forkSuffix()).toAbsolutePath();
    private static boolean prepared;
    private static LlmSimulator simulator;

    @DynamicPropertySource
    static void workspace(DynamicPropertyRegistry registry) {
        prepare();
        registry.add("promptsmith.workspace", ROOT::toString);
        registry.add("promptsmith.data-dir", () -> ROOT.resolve("data").toString());
        registry.add("promptsmith.ollama-url", () -> simulator.ollamaBaseUrl());
        registry.add("promptsmith.model.timeout", () -> "PT10S");
        // a playground stream that takes longer is stopped; no test streams that long on purpose but one
        registry.add("promptsmith.playground.stream-timeout", () -> "PT8S");
        // the shared browser may still hold a push request when the test JVM exits
        registry.add("server.shutdown", () -> "immediate");
    }

    /** The LLM simulator the application can reach; it lists its models as a local Ollama would. */
    protected static LlmSimulator simulator() {
        return simulator;
    }

    /** The workspace the application imported on start. */
    protected static Path workspaceRoot() {
        return ROOT;
    }

    private static String forkSuffix() {
        String fork = System.getProperty("promptsmith.test.fork", "");
        return fork.isBlank() ? "" : "-" + fork;
    }

    private static synchronized void prepare() {
        if (prepared) {
            return;
        }
        simulator = LlmSimulator.start();
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        try {
            deleteTree(ROOT);
            Workspace workspace = new Workspace(ROOT);
            copyFolder(Path.of("prompts"), ROOT.resolve("prompts"));
            copyFolder(Path.of("testcases"), ROOT.resolve("testcases"));
            workspace.write(BROKEN_PROMPT, "---\nname: Broken example\nsample: [never closed\n---\nuser:\nHi\n");
            workspace.write("prompts/" + UNSAMPLED_PROMPT + ".prompty",
                    "---\nname: Unsampled\nsample:\n  topic: rivers\n---\nuser:\nWrite to {{ customer }} about {{ topic }}.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        prepared = true;
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
