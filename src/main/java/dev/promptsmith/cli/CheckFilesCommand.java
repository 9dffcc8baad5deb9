package dev.promptsmith.cli;

import dev.promptsmith.exchange.WorkspaceCheck;
import dev.promptsmith.shared.FileProblem;
import dev.promptsmith.shared.InputLimits;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Validates a workspace's prompt and suite files; exit 1 lists every problem as {@code file:line: message}. */
@Command(name = "check-files", mixinStandardHelpOptions = true,
        description = "Checks prompts/*.prompty and testcases/*.yaml. Exit code 0: all fine; 1: problems "
                + "(listed as file:line: message); 2: the folder cannot be checked. A template may take "
                + "promptsmith.render.timeout (2s) to render and write promptsmith.render.max-output (1000000) "
                + "characters; a file may have promptsmith.max-file-size (32MB): set them as -D system properties "
                + "or environment variables (PROMPTSMITH_RENDER_TIMEOUT).")
final class CheckFilesCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "DIR",
            description = "The folder that holds prompts/ and testcases/ (default: the current folder).")
    private Path dir;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("check-files: " + dir + " is not a folder");
            return 2;
        }
        if (!Files.isDirectory(dir.resolve("prompts")) && !Files.isDirectory(dir.resolve("testcases"))) {
            err.println("check-files: " + dir + " has neither a prompts/ nor a testcases/ folder");
            return 2;
        }
        WorkspaceCheck check;
        try {
            check = new WorkspaceCheck(InputLimits.configured());
        } catch (IllegalArgumentException e) {
            err.println("check-files: " + e.getMessage());
            return 2;
        }
        WorkspaceCheck.Result result = check.check(dir);
        result.errors().forEach(problem -> err.println(located(problem, "")));
        result.warnings().forEach(problem -> err.println(located(problem, "warning: ")));
        out.printf("Checked %s and %s: %s, %s%n", count(result.promptFiles(), "prompt file"),
                count(result.suiteFiles(), "suite file"), count(result.errors().size(), "problem"),
                count(result.warnings().size(), "warning"));
        out.flush();
        err.flush();
        return result.errors().isEmpty() ? 0 : 1;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private String located(FileProblem problem, String kind) {
        String file = dir.equals(Path.of(".")) ? problem.file() : dir.resolve(problem.file()).toString();
        return file + ":" + Math.max(problem.line(), 1) + ": " + kind + problem.message();
    }
}
