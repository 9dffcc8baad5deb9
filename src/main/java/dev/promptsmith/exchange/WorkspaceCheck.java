package dev.promptsmith.exchange;

import dev.promptsmith.prompt.PromptDocument;
import dev.promptsmith.prompt.PromptyParser;
import dev.promptsmith.shared.FileProblem;
import dev.promptsmith.shared.InputLimits;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.suite.PromptRef;
import dev.promptsmith.suite.SuiteDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks a workspace's files without a database: what an import would refuse, and what it would warn about. */
public final class WorkspaceCheck {

    /** @param errors problems that keep a file from being imported; {@code warnings} do not */
    public record Result(List<FileProblem> errors, List<FileProblem> warnings, int promptFiles, int suiteFiles) {
    }

    private final InputLimits limits;
    private final PromptyParser parser;

    /** With the limits set for this process ({@link InputLimits#configured()}). */
    public WorkspaceCheck() {
        this(InputLimits.configured());
    }

    public WorkspaceCheck(InputLimits limits) {
        this.limits = limits;
        this.parser = new PromptyParser(limits);
    }

    public Result check(Path workspace) {
        WorkspaceReader.Scan scan = new WorkspaceReader(limits).read(workspace);
        List<FileProblem> errors = new ArrayList<>(scan.errors());
        List<FileProblem> warnings = new ArrayList<>(scan.warnings());
        Map<String, PromptDocument> prompts = scan.prompts().stream()
                .collect(Collectors.toMap(p -> p.document().name(), WorkspaceReader.Parsed::document));
        Set<String> known = new HashSet<>(prompts.keySet());
        known.addAll(scan.brokenPrompts());
        for (WorkspaceReader.Parsed<SuiteDocument> suite : scan.suites()) {
            errors.addAll(SuiteConsistency.missingPrompts(suite.path(), suite.document(), known));
            errors.addAll(SuiteConsistency.unknownChecks(suite.path(), suite.document()));
            for (PromptRef ref : suite.document().prompts()) {
                if (ref.inline()) {
                    try {
                        parser.parseInline(suite.path(), ref.line(), ref.promptName(), ref.inlineText());
                    } catch (InvalidFileException e) {
                        errors.addAll(e.problems());
                    }
                }
            }
            warnings.addAll(SuiteConsistency.missingVariables(suite.path(), suite.document(), prompts));
        }
        return new Result(sorted(errors), sorted(warnings), scan.prompts().size() + scan.brokenPrompts().size(),
                scan.suites().size());
    }

    private static List<FileProblem> sorted(List<FileProblem> problems) {
        return problems.stream()
                .sorted(java.util.Comparator.comparing(FileProblem::file).thenComparingInt(FileProblem::line))
                .toList();
    }
}
