package dev.promptsmith.support;

import dev.promptsmith.PromptsmithApplication;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web app started the way a user starts the jar, in a JVM of its own, for settings the shared
 * test context must not have (an admin password, another address). It works in a folder of its
 * own and finds no local model server.
 */
public final class ServerJvm implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("started on port (\\d+)");

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();

    private ServerJvm(Process process) {
        this.process = process;
        Thread.ofPlatform().daemon().name("server-jvm-output").start(this::readOutput);
        process.onExit().thenRun(() -> port.complete(-1));
    }

    /**
     * Starts the app with a free port, the workspace under {@code folder} and these extra
     * arguments; the environment has no {@code PROMPTSMITH_*} variables but those given.
     */
    public static ServerJvm start(Path folder, List<String> arguments, Map<String, String> environment) {
        List<String> command = new ArrayList<>(List.of(ChildJvm.javaBinary(), "-cp", System.getProperty("java.class.path"),
                PromptsmithApplication.class.getName(),
                "--server.port=0",
                "--promptsmith.workspace=" + folder,
                "--promptsmith.data-dir=" + folder.resolve("data"),
                "--promptsmith.ollama-url=http://127.0.0.1:9",
                "--server.shutdown=immediate",
                "--logging.level.org.springframework.boot.tomcat=INFO"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("PROMPTSMITH_"));
        builder.environment().putAll(environment);
        try {
            return new ServerJvm(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port it listens on, once it does; fails with what it printed when it exits first. */
    public int port(Duration timeout) throws Exception {
        int found = port.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (found < 0) {
            throw new AssertionError("the app exited before it listened:\n" + output());
        }
        return found;
    }

    /** Waits for the process to end by itself and returns its exit code; -1 when it is still running. */
    public int exitCode(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /** What it printed so far, standard output and error together. */
    public synchronized String output() {
        return String.join("\n", output);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void readOutput() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (this) {
                    output.add(line);
                }
                Matcher started = STARTED.matcher(line);
                if (started.find()) {
                    port.complete(Integer.parseInt(started.group(1)));
                }
            }
        } catch (IOException e) {
            port.completeExceptionally(e);
        }
    }
}
