package dev.promptsmith.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One {@code promptfoo eval} of a config copy, offline, as a separate process in {@code bench/promptfoo}
 * (where {@code npx} finds promptfoo and the Node it needs), and what it came to.
 */
final class PromptfooRun {

    static final Path BENCH = Path.of("bench/promptfoo").toAbsolutePath();

    private PromptfooRun() {
    }

    static boolean installed() {
        return Files.isRegularFile(BENCH.resolve("node_modules/promptfoo/package.json"));
    }

    /** The result of the eval, less the requests (the caller's simulator has them); a config promptfoo refuses (no result file) is a refusal with its output's end. */
    static Outcome eval(Path config, Path work) throws IOException, InterruptedException {
        Path out = work.resolve("out.json");
        Path home = Files.createDirectories(work.resolve("promptfoo-home"));
        Path log = work.resolve("promptfoo.log");
        ProcessBuilder builder = new ProcessBuilder("npx", "--no-install", "promptfoo", "eval", "-c", config.toString(),
                "--no-cache", "--no-table", "--no-progress-bar", "-j", "1", "-o", out.toString())
                .directory(BENCH.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("PROMPTFOO_DISABLE_TELEMETRY", "1", "PROMPTFOO_DISABLE_UPDATE", "1",
                "PROMPTFOO_DISABLE_SHARING", "1", "PROMPTFOO_CONFIG_DIR", home.toString(),
                "PROMPTFOO_CACHE_ENABLED", "false", "PROMPTFOO_DISABLE_REMOTE_GENERATION", "true", "NO_COLOR", "1",
                "OPENAI_API_KEY", "dummy", "NO_PROXY", "127.0.0.1,localhost", "no_proxy", "127.0.0.1,localhost"));
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("promptfoo took over 5 minutes on " + config + "; see " + log);
        }
        String output = Files.readString(log);
        if (!Files.isRegularFile(out)) {
            List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
            return Outcome.refused("exit " + process.exitValue() + ": "
                    + String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size())).strip());
        }
        return outcome(Requests.JSON.readTree(out.toFile()));
    }

    private static Outcome outcome(JsonNode file) {
        JsonNode results = file.path("results").path("results");
        List<String[]> cells = new ArrayList<>();
        ArrayNode detail = Requests.JSON.createArrayNode();
        for (JsonNode result : results) {
            JsonNode provider = result.path("provider");
            String name = provider.path("label").asString("").isEmpty() ? provider.path("id").asString("")
                    : provider.path("label").asString();
            JsonNode output = result.path("response").path("output");
            String text = output.isMissingNode() || output.isNull() ? "" : output.isString() ? output.asString()
                    : output.toString();
            // promptfoo's ResultFailureReason: 0 none, 1 a check failed, 2 an error
            boolean error = result.path("failureReason").asInt(0) == 2;
            String verdict = result.path("success").asBoolean() ? "pass" : error ? "error" : "fail";
            cells.add(new String[] {name, text, verdict});
            ObjectNode cell = detail.addObject();
            cell.put("prompt", result.path("prompt").path("label").asString(""));
            cell.put("provider", name);
            cell.put("description", result.path("testCase").path("description").asString(""));
            cell.set("vars", Requests.sorted(result.path("vars")));
            cell.put("output", text);
            cell.put("verdict", verdict);
            if (!result.path("error").isNull() && !result.path("error").isMissingNode()) {
                cell.put("reason", result.path("error").asString(""));
            }
        }
        return new Outcome(null, cells.size(), Requests.JSON.createArrayNode(), Outcome.verdicts(cells), detail);
    }
}
