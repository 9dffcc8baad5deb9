package dev.promptsmith.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A jar of the app started as a user starts it, on a data folder restored from an H2 backup and a copy of a
 * workspace, in {@code target/benchmarks/ui-speed/LABEL/}; its output goes to {@code server.log} there.
 */
final class JarServer implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("started on port (\\d+)");

    private final Process process;
    private final int port;

    private JarServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static JarServer start(String label, Path jar, Path backup, Path workspace) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError("-Dbench.jar: no file " + jar);
        }
        Path folder = Path.of("target", "benchmarks", "ui-speed", label).toAbsolutePath();
        deleteTree(folder);
        Files.createDirectories(folder.resolve("data"));
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Files.copy(zip, folder.resolve("data").resolve(Path.of(entry.getName()).getFileName()));
            }
        }
        for (String sub : List.of("prompts", "testcases")) {
            copyFolder(workspace.resolve(sub), folder.resolve(sub));
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--server.port=0", "--promptsmith.workspace=" + folder,
                "--promptsmith.data-dir=" + folder.resolve("data"), "--promptsmith.ollama-url=http://127.0.0.1:9",
                "--promptsmith.workspace.watch=false", "--server.shutdown=immediate",
                "--logging.level.org.springframework.boot.tomcat=INFO"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("PROMPTSMITH_"));
        Process process = builder.start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Path log = folder.resolve("server.log");
        Thread.ofPlatform().daemon().name("jar-" + label).start(() -> copyOutput(process.getInputStream(), log, port));
        process.onExit().thenRun(() -> port.complete(-1));
        int found = port.get(180, TimeUnit.SECONDS);
        if (found < 0) {
            throw new AssertionError("the jar " + jar + " exited before it listened; see " + log);
        }
        return new JarServer(process, found);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static void copyOutput(InputStream output, Path log, CompletableFuture<Integer> port) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
             var writer = Files.newBufferedWriter(log)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                writer.write(line);
                writer.newLine();
                writer.flush();
                Matcher started = STARTED.matcher(line);
                if (started.find()) {
                    port.complete(Integer.parseInt(started.group(1)));
                }
            }
        } catch (IOException e) {
            port.completeExceptionally(e);
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
