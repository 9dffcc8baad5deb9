package dev.promptsmith.exchange;

import dev.promptsmith.shared.FileProblem;
import dev.promptsmith.shared.InputLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Checks a workspace's files without a database: what an import would refuse, and what it would warn about. */
public final class WorkspaceCheck {

    /** @param errors problems that keep a file from being imported; {@code warnings} do not */
    public record Result(List<FileProblem> errors, List<FileProblem> warnings, int promptFiles, int suiteFiles) {
    }

    private final InputLimits limits;

    /** With the limits set for this process ({@link InputLimits#configured()}). */
    public WorkspaceCheck() {
        this(InputLimits.configured());
    }

    public WorkspaceCheck(InputLimits limits) {
        this.limits = limits;
    }

    public Result check(Path workspace) {
        WorkspaceReader.Scan scan = new WorkspaceReader(limits).read(workspace);
        List<FileProblem> errors = new ArrayList<>(scan.errors());
        List<FileProblem> warnings = new ArrayList<>(scan.warnings());
        return new Result(sorted(errors), sorted(warnings), scan.prompts().size() + scan.brokenPrompts().size(),
                scan.suites().size());
    }

    private static List<FileProblem> sorted(List<FileProblem> problems) {
        return problems.stream()
                .sorted(java.util.Comparator.comparing(FileProblem::file).thenComparingInt(FileProblem::line))
                .toList();
    }
}
