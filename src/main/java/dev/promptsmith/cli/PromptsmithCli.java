package dev.promptsmith.cli;

import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar promptsmith.jar COMMAND ...}; without a command the web UI starts. */
@Command(name = "promptsmith", mixinStandardHelpOptions = true, version = "Promptsmith 0.1.0",
        description = "Prompt engineering workbench. Without a command, serves the web UI.",
        subcommands = {CheckFilesCommand.class, RepairJsonCommand.class, RunCommand.class, CommandLine.HelpCommand.class})
public final class PromptsmithCli {

    private static final Set<String> FIRST_WORDS = Set.of("check-files", "repair-json", "run", "help", "--help", "-h", "--version", "-V");

    /** Whether the arguments ask for a command rather than the web UI. */
    public static boolean handles(String[] args) {
        return args.length > 0 && FIRST_WORDS.contains(args[0]);
    }

    /** Runs the command and returns its exit code. */
    public static int run(String[] args) {
        return new CommandLine(new PromptsmithCli()).execute(args);
    }
}
