package dev.promptsmith.support;

import dev.promptsmith.cli.PromptsmithCli;
import dev.promptsmith.simulator.LlmSimulator;
import dev.promptsmith.simulator.Reply;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * The command line run in this JVM over a folder of its own: a workspace, a database under {@code data/}, an LLM
 * simulator that answers "You said: PROMPT" unless told otherwise, and what the command printed.
 */
public final class CliRun implements AutoCloseable {

    private final Path folder;
    private final LlmSimulator simulator = LlmSimulator.start();
    private final Workspace workspace;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    public CliRun(Path folder) {
        this.folder = folder;
        this.workspace = new Workspace(folder);
        simulator.reply(Reply.fromPrompt(prompt -> "You said: " + prompt));
    }

    public LlmSimulator simulator() {
        return simulator;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** What the command printed to standard output so far. */
    public String out() {
        return out.toString();
    }

    /** What the command printed to standard error so far. */
    public String err() {
        return err.toString();
    }

    /** Forgets what was printed so far, before a second command. */
    public void clearOutput() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    /** Both outputs, for an assertion's description. */
    public String printed() {
        return out + "\n" + err;
    }

    /** {@code run SUITE --database FOLDER/data MORE...}; {@code suite} is relative to the folder unless absolute. */
    public int run(String suite, String... more) {
        List<String> args = new ArrayList<>(List.of("run", folder.resolve(suite).toString(), "--database",
                folder.resolve("data").toString()));
        args.addAll(List.of(more));
        return execute(args.toArray(String[]::new));
    }

    /** Any command, as typed after {@code promptsmith}. */
    public int execute(String... args) {
        return new CommandLine(new PromptsmithCli())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }

    @Override
    public void close() {
        simulator.close();
    }
}
