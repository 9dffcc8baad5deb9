package dev.promptsmith.conformance;

import dev.promptsmith.cli.PromptsmithCli;
import dev.promptsmith.simulator.LlmSimulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import picocli.CommandLine;

/**
 * Our {@code run} command on a config copy, in this JVM, and what it came to in {@link Outcome} form.
 *
 * @param err what it printed on stderr, with the copy's folder left out of paths
 */
record OurRun(int exit, String out, String err, Outcome outcome) {

    static OurRun of(Path config, Path database, LlmSimulator simulator) throws Exception {
        Path json = config.resolveSibling("ours.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        simulator.clearRecords();
        int exit = new CommandLine(new PromptsmithCli()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute("run", config.toString(), "--no-cache", "--retries", "0", "--json", json.toString(),
                        "--database", database.toString());
        // paths as in the config's folder: promptfooconfig.yaml:3: ...
        String errors = err.toString().replace(config.getParent() + "/", "");
        if (exit == 2 || !Files.isRegularFile(json)) {
            String first = errors.lines().filter(l -> !l.contains(": warning: ")).findFirst().orElse("exit " + exit);
            return new OurRun(exit, out.toString(), errors, Outcome.refused(first));
        }
        return new OurRun(exit, out.toString(), errors,
                outcome(Requests.JSON.readTree(json.toFile()), Requests.normalised(simulator.requests())));
    }

    private static Outcome outcome(JsonNode file, ArrayNode requests) {
        List<String[]> cells = new ArrayList<>();
        ArrayNode detail = Requests.JSON.createArrayNode();
        for (JsonNode result : file.path("results")) {
            String provider = result.path("model").asString("");
            String output = result.path("output").isNull() ? "" : result.path("output").asString("");
            boolean error = !result.path("error").isNull() && !result.path("error").isMissingNode();
            String verdict = error ? "error" : result.path("pass").asBoolean() ? "pass" : "fail";
            // promptfoo reports no output for a cell in error (a check that threw drops the answer); we keep it
            cells.add(new String[] {provider, error ? "" : output, verdict});
            ObjectNode cell = detail.addObject();
            cell.put("prompt", result.path("prompt").asString(""));
            cell.put("provider", provider);
            cell.put("description", result.path("description").asString(""));
            cell.put("output", output);
            cell.put("verdict", verdict);
            if (error) {
                cell.put("reason", result.path("error").asString(""));
            }
        }
        return new Outcome(null, cells.size(), requests, Outcome.verdicts(cells), detail);
    }
}
