package dev.promptsmith.script;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Python script as a {@code python3} process: the request goes in as JSON on stdin, the
 * result comes back as JSON on stdout. This is no sandbox (the process can read and write files
 * and reach the network as its user can); what is bounded is the time (the process and its
 * children are killed at the limit), the result (no longer than the output limit), the memory
 * (1 GB of address space where the system allows it), and the environment: the run's variables,
 * API keys among them, are not passed on.
 */
final class Python {

    static final String COMMAND = "python3";
    private static final List<String> KEPT_VARIABLES = List.of("PATH", "HOME", "LANG", "LC_ALL", "SYSTEMROOT", "TMPDIR");
    private static final int KEPT_ERROR_CHARS = 2_000;

    private final Duration timeLimit;
    private final int maxResultChars;
    private final String runner;
    private final String path;

    Python(Duration timeLimit, int maxResultChars, String path) {
        this.timeLimit = timeLimit;
        this.maxResultChars = maxResultChars;
        this.path = path;
        try (InputStream in = Python.class.getResourceAsStream("runner.py")) {
            this.runner = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param requestJson {source, file, folder, function, output, context} as JSON */
    String call(ScriptCode code, String requestJson) {
        Path python = executable().orElseThrow(() -> new ScriptException(code.origin() + ": Python scripts need '"
                + COMMAND + "' on the PATH, and it is not there (PATH=" + path + ")"));
        ProcessBuilder builder = new ProcessBuilder(python.toString(), "-I", "-c", runner);
        Map<String, String> environment = builder.environment();
        Map<String, String> kept = new java.util.HashMap<>();
        KEPT_VARIABLES.forEach(name -> Optional.ofNullable(environment.get(name)).ifPresent(v -> kept.put(name, v)));
        environment.clear();
        environment.putAll(kept);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new ScriptException(code.origin() + ": cannot start " + python + ": " + e.getMessage(), e);
        }
        try {
            CompletableFuture<byte[]> out = read(process.getInputStream(), maxResultChars * 4L + 1);
            CompletableFuture<byte[]> err = read(process.getErrorStream(), 64 * 1024);
            try (OutputStream in = process.getOutputStream()) {
                in.write(requestJson.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the process ended before reading its request; its exit status and stderr say why
            }
            if (!process.waitFor(timeLimit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ScriptException(code.origin() + ": did not finish within " + timeLimit.toMillis() / 1000.0
                        + " s and was stopped");
            }
            String result = new String(out.join(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                String error = new String(err.join(), StandardCharsets.UTF_8).strip();
                throw new ScriptException(code.origin() + ": " + (error.isEmpty() ? COMMAND + " exited with status "
                        + process.exitValue() : error.substring(Math.max(0, error.length() - KEPT_ERROR_CHARS))));
            }
            if (result.length() > maxResultChars) {
                throw new ScriptException(code.origin() + ": its result is longer than the limit of "
                        + maxResultChars + " characters");
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScriptException(code.origin() + ": interrupted");
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    Optional<Path> executable() {
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (folder.isBlank()) {
                continue;
            }
            Path candidate = Path.of(folder, COMMAND);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Reads at most {@code max} bytes, then drains the rest so the process never blocks on a full pipe. */
    private static CompletableFuture<byte[]> read(InputStream stream, long max) {
        return CompletableFuture.supplyAsync(() -> {
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try (stream) {
                int n;
                while ((n = stream.read(buffer)) >= 0) {
                    int room = (int) Math.max(0, Math.min(n, max - kept.size()));
                    kept.write(buffer, 0, room);
                }
            } catch (IOException e) {
                // the process was stopped; what was read is what there is
            }
            return kept.toByteArray();
        }, task -> Thread.ofVirtual().start(task));
    }
}
