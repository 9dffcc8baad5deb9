package dev.promptsmith.cli;

import dev.promptsmith.check.json.JsonRepair;
import dev.promptsmith.check.json.RepairResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** Repairs broken or cut-off JSON read from stdin. */
@Command(name = "repair-json", mixinStandardHelpOptions = true,
        description = "Reads broken JSON (cut off, in a Markdown fence, with comments, single quotes...) on stdin "
                + "and writes it repaired to stdout. Exit code 0: repaired or already valid; 2: nothing can be "
                + "made of it (the reason on stderr).")
final class RepairJsonCommand implements Callable<Integer> {

    /** Built on first use: picocli creates every command, and the other commands need no mapper. */
    private static final class Mapper {
        static final JsonMapper JSON = JsonMapper.builder().build();
    }

    @Option(names = "--batch", description = "Read JSON Lines: one JSON-encoded input string per line; write one "
            + "JSON-encoded repaired string per line, null where it cannot be repaired.")
    private boolean batch;

    @Option(names = "--cut-off", description = "The model stopped at its length limit: invent no digits at the end.")
    private boolean cutOff;

    @Spec
    private CommandSpec spec;

    private final InputStream in;

    RepairJsonCommand() {
        this(System.in);
    }

    RepairJsonCommand(InputStream in) {
        this.in = in;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return batch ? batch(out, err) : single(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int single(PrintWriter out, PrintWriter err) throws IOException {
        RepairResult result = JsonRepair.repair(new String(in.readAllBytes(), StandardCharsets.UTF_8), cutOff);
        if (!result.usable()) {
            err.println("repair-json: " + result.problem());
            return 2;
        }
        out.println(result.json());
        return 0;
    }

    private int batch(PrintWriter out, PrintWriter err) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String input;
            try {
                input = Mapper.JSON.readValue(line, String.class);
            } catch (RuntimeException e) {
                err.println("repair-json: line " + lineNumber + " is not a JSON string");
                out.println("null");
                continue;
            }
            RepairResult result = JsonRepair.repair(input == null ? "" : input, cutOff);
            out.println(result.usable() ? Mapper.JSON.writeValueAsString(result.json()) : "null");
        }
        return 0;
    }
}
