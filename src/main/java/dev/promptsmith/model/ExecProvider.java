package dev.promptsmith.model;

import dev.promptsmith.shared.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * promptfoo's {@code exec:COMMAND} provider: the command runs with the prompt, the provider's
 * options and the call's context (as JSON) after its own arguments, and its standard output,
 * trimmed, is the answer. A suite file can come from anyone, so these commands run only when
 * the operator allows them ({@value #VARIABLE}=true, or {@code -D}{@value #SETTING}=true). A
 * command gets the call's time limit, and its output no more than the answer size limit.
 */
final class ExecProvider {

    static final String VARIABLE = "PROMPTSMITH_ALLOW_EXEC";
    static final String SETTING = "promptsmith.allow-exec";
    private static final Pattern PART = Pattern.compile("[^\\s\"']+|\"([^\"]*)\"|'([^']*)'");
    private static final Pattern ANSI = Pattern.compile("\\x1b(?:[@-Z\\\\-_]|\\[[0-?]*[ -/]*[@-~])");

    private ExecProvider() {
    }

    static boolean allowed() {
        return Boolean.parseBoolean(System.getProperty(SETTING)) || Boolean.parseBoolean(System.getenv(VARIABLE));
    }

    /** The command's words, as promptfoo splits them: on spaces, quotes keeping words together. */
    static List<String> parts(String command) {
        List<String> parts = new ArrayList<>();
        Matcher matcher = PART.matcher(command);
        while (matcher.find()) {
            parts.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2) != null ? matcher.group(2)
                    : matcher.group());
        }
        return parts;
    }

    static String call(ModelTarget target, ModelRequest request, CallRecord record, Duration timeout, long maxBytes) {
        String where = target.name() + " (" + target.providerId() + ")";
        if (!allowed()) {
            throw new ModelException(ModelErrorKind.BAD_REQUEST, where + ": exec: providers run commands a suite "
                    + "file names, so they run only when allowed: set " + VARIABLE + "=true");
        }
        List<String> command = parts(target.modelName());
        String prompt = HttpProvider.prompt(request);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("id", target.providerId());
        options.put("config", target.parameters());
        command.add(prompt);
        command.add(Json.write(options));
        command.add("{}");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new ModelException(ModelErrorKind.UNREACHABLE, where + ": cannot start " + command.getFirst() + ": "
                    + e.getMessage());
        }
        record.connection(() -> kill(process));
        record.request("EXEC", target.providerId(), Map.of(), prompt);
        try {
            process.getOutputStream().close();
            CompletableFuture<byte[]> stdout = read(process.getInputStream(), maxBytes, () -> kill(process));
            CompletableFuture<byte[]> stderr = read(process.getErrorStream(), 64 * 1024, () -> { });
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new ModelException(ModelErrorKind.TIMEOUT, where + ": no answer in " + timeout.toSeconds() + " s");
            }
            byte[] out = stdout.join();
            if (out.length > maxBytes) {
                record.tooLarge();
                throw new ModelException(ModelErrorKind.ANSWER_TOO_LARGE, where + ": the answer is over " + maxBytes
                        + " bytes");
            }
            String output = clean(out);
            String errors = clean(stderr.join());
            record.response(process.exitValue() == 0 ? 200 : 500, Map.of());
            record.body(out, 0, out.length);
            if (record.cancelled()) {
                throw new ModelException(ModelErrorKind.CANCELLED, where + ": cancelled");
            }
            if (process.exitValue() != 0 || output.isEmpty() && !errors.isEmpty()) {
                throw new ModelException(ModelErrorKind.SERVER_ERROR, where + ": the command "
                        + (process.exitValue() != 0 ? "exited with " + process.exitValue() : "wrote only errors")
                        + (errors.isEmpty() ? "" : ": " + errors.substring(0, Math.min(500, errors.length()))));
            }
            return output;
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new ModelException(ModelErrorKind.CANCELLED, where + ": cancelled");
        } catch (IOException e) {
            kill(process);
            throw new UncheckedIOException(e);
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** All of a stream, or its first bytes past {@code limit}, after which {@code overflow} runs. */
    private static CompletableFuture<byte[]> read(InputStream in, long limit, Runnable overflow) {
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        Thread.startVirtualThread(() -> {
            try (in) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    bytes.write(buffer, 0, n);
                    if (bytes.size() > limit) {
                        overflow.run();
                        break;
                    }
                }
                result.complete(bytes.toByteArray());
            } catch (IOException e) {
                result.complete(new byte[0]);
            }
        });
        return result;
    }

    private static String clean(byte[] bytes) {
        return ANSI.matcher(new String(bytes, StandardCharsets.UTF_8)).replaceAll("").strip();
    }
}
