package dev.promptsmith.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    /** Runs the command and returns its exit code. Libraries only speak up on the terminal for warnings. */
    public static int run(String[] args) {
        if (args[0].equals("run")) {
            RunCarriers.widen();
            // set up beside the logging and the parsing below, before the run's code gets hot
            Thread.ofPlatform().daemon().name("compiler-setup").start(ShortRunCompiler::apply);
        }
        quietLibraries();
        return new CommandLine(new PromptsmithCli()).execute(args);
    }

    private static void quietLibraries() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
            // Flyway warns that H2 is newer than the versions it was tested with; nothing a user can act on
            context.getLogger("org.flywaydb").setLevel(Level.ERROR);
        }
    }
}
