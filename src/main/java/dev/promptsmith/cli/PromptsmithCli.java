package dev.promptsmith.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import dev.promptsmith.check.TextDistance;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line: {@code java -jar promptsmith.jar COMMAND ...}. Without a command, with
 * {@code serve}, or with Spring settings only, the web UI starts; any other word is a command, and
 * an unknown one is an error that lists the commands, never a server started by surprise.
 */
@Command(name = "promptsmith", mixinStandardHelpOptions = true, version = "Promptsmith 0.1.0",
        scope = ScopeType.INHERIT,
        description = "Prompt engineering workbench. Without a command (or with serve), serves the web UI.",
        subcommands = {ServeCommand.class, CheckFilesCommand.class, RepairJsonCommand.class, RunCommand.class,
                GenerateCommand.class,
                OptimizeCommand.class,
                CommandLine.HelpCommand.class})
public final class PromptsmithCli implements Callable<Integer> {

    /** {@code --name=value}, as Spring Boot reads its settings from the command line. */
    private static final Pattern SPRING_SETTING = Pattern.compile("--([A-Za-z0-9][A-Za-z0-9._\\[\\]-]*)=.*",
            Pattern.DOTALL);
    private static final Set<String> OUR_OPTIONS = Set.of("help", "version");

    /**
     * The arguments to start the web server with, when these ask for it: none, settings only
     * ({@code --server.port=9090}), or {@code serve} followed by settings only. Empty when they name
     * a command (known or not): {@link #run} handles them and starts no server.
     */
    public static Optional<String[]> serverArguments(String[] args) {
        String[] settings = args.length > 0 && args[0].equals(ServeCommand.NAME)
                ? Arrays.copyOfRange(args, 1, args.length) : args;
        return Arrays.stream(settings).allMatch(PromptsmithCli::isSpringSetting) ? Optional.of(settings) : Optional.empty();
    }

    /** Whether the arguments ask for a command rather than the web UI. */
    public static boolean handles(String[] args) {
        return serverArguments(args).isEmpty();
    }

    static boolean isSpringSetting(String argument) {
        var setting = SPRING_SETTING.matcher(argument);
        return setting.matches() && !OUR_OPTIONS.contains(setting.group(1));
    }

    /** Runs the command and returns its exit code. Libraries only speak up on the terminal for warnings. */
    public static int run(String[] args) {
        if (args.length > 0 && args[0].equals("run")) {
            RunCarriers.widen();
            // set up beside the logging and the parsing below, before the run's code gets hot
            Thread.ofPlatform().daemon().name("compiler-setup").start(ShortRunCompiler::apply);
        }
        quietLibraries();
        return commandLine().execute(args);
    }

    /** The command line with its commands, and an unknown word answered with the list of commands. */
    static CommandLine commandLine() {
        return new CommandLine(new PromptsmithCli())
                .setParameterExceptionHandler(PromptsmithCli::refuse)
                .setExecutionStrategy(PromptsmithCli::unlessUnmatched);
    }

    /** With {@code --help} among them, picocli lets unknown words pass: {@code optimize --help} is still no command. */
    private static int unlessUnmatched(ParseResult parsed) {
        if (!parsed.unmatched().isEmpty()) {
            return refuse(new UnmatchedArgumentException(parsed.commandSpec().commandLine(), parsed.unmatched()),
                    parsed.originalArgs().toArray(String[]::new));
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    /** Reached only when nothing was asked for at all, which the jar's main serves as the web UI. */
    @Override
    public Integer call() {
        CommandLine line = new CommandLine(this);
        line.usage(line.getErr());
        return 2;
    }

    private static int refuse(ParameterException problem, String[] args) {
        CommandLine line = problem.getCommandLine();
        PrintWriter err = line.getErr();
        String word = problem instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()
                ? unmatched.getUnmatched().getFirst() : "";
        if (line.getParent() == null && !word.isEmpty() && !word.startsWith("-")) {
            err.println("promptsmith: '" + word + "' is not a command."
                    + nearest(word, line.getSubcommands().keySet()).map(name -> " Did you mean '" + name + "'?").orElse(""));
        } else {
            err.println(line.getCommandName() + ": " + problem.getMessage());
        }
        line.usage(err);
        err.flush();
        return 2;
    }

    private static Optional<String> nearest(String word, Set<String> commands) {
        Optional<String> extended = commands.stream().filter(command -> command.startsWith(word)).findFirst();
        if (extended.isPresent()) {
            return extended;
        }
        return commands.stream()
                .min(Comparator.comparingInt(command -> TextDistance.levenshtein(command, word)))
                .filter(command -> TextDistance.levenshtein(command, word) <= Math.max(2, word.length() / 3));
    }

    private static void quietLibraries() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
            // Flyway warns that H2 is newer than the versions it was tested with; nothing a user can act on
            context.getLogger("org.flywaydb").setLevel(Level.ERROR);
        }
    }
}
